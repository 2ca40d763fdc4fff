# make cross-test ARCH=arm64|armhf (tests/cross/cross_test.sh): the package
# built, installed and tested in a bookworm root of ARCH under qemu-user.
# The root holds what make deb and the unit tests need, and systemd for the
# package's user and unit; made once, kept in $(CROSS_CACHE) outside the clone.
ARCH ?= arm64
CROSS_CACHE ?= /var/tmp/storstil-cross
CROSS_PACKAGES := $(DEB_PACKAGES) libcmocka-dev debhelper fakeroot systemd
CROSS_TOOLS := mmdebstrap arch-test qemu-user-static binfmt-support
CROSS_TOOL_FILES := /usr/bin/mmdebstrap /usr/bin/arch-test /usr/bin/qemu-aarch64-static /usr/bin/qemu-arm-static /usr/sbin/update-binfmts

.PHONY: cross-test deps-cross
deps-cross:
	$(call install_missing,$(CROSS_TOOLS),,$(CROSS_TOOL_FILES))

cross-test: deps-cross all
	CROSS_CACHE=$(CROSS_CACHE) CHROOT_PACKAGES="$(CROSS_PACKAGES)" nice bash tests/cross/cross_test.sh $(ARCH)

# make cross-deb ARCH=...: only the package, built in the same root (about
# 7 minutes on arm64), for the system test when no cross test made it.
.PHONY: cross-deb
cross-deb: deps-cross
	CROSS_ONLY=deb CROSS_CACHE=$(CROSS_CACHE) CHROOT_PACKAGES="$(CROSS_PACKAGES)" nice bash tests/cross/cross_test.sh $(ARCH)

# The unit tests once more with ARM's unsigned char, on this machine, under
# the sanitizers (CI runs it; the roots run the opposite signedness too).
.PHONY: unit-unsigned-char print-SANITIZE
unit-unsigned-char: deps-test
	bash tests/cross/unit.sh $(BUILD)/uchar -funsigned-char

print-SANITIZE:
	@echo '$(SANITIZE)'

# The package installed, upgraded and purged in a fresh bookworm root
# (tests/cross/install_test.sh), for this machine's architecture by default.
.PHONY: install-test
install-test: deps-cross
	@[ -f $(BUILD)/storstil_$(DEB_VERSION)_$(or $(INSTALL_ARCH),$(DEB_ARCH)).deb ] || $(MAKE) deb
	nice bash tests/cross/install_test.sh $(or $(INSTALL_ARCH),$(DEB_ARCH))

# The README's make test on a fresh clone in a fresh bookworm root holding
# only the base system and git (tests/cross/fresh_test.sh); CI runs it.
.PHONY: fresh-test
fresh-test: deps-cross
	nice bash tests/cross/fresh_test.sh
