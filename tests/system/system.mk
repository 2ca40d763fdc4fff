# make system-test ARCH=arm64 (tests/system/README.md): the package booted in
# an emulated ARCH machine and driven through QEMU's monitor. Uses the
# package the cross test built (build/storstil_VERSION_ARCH.deb), or builds
# it in the cross root first (make cross-deb). The system's root is made
# once and kept in $(CROSS_CACHE) with the cross tests' roots.
SYSTEM_TOOLS := qemu-system-arm mmdebstrap arch-test qemu-user-static binfmt-support \
                e2fsprogs dosfstools mtools exfatprogs cpio python3 espeak-ng
SYSTEM_TOOL_FILES := /usr/bin/qemu-system-aarch64 /usr/bin/mmdebstrap /usr/bin/arch-test \
                     /usr/bin/qemu-aarch64-static /usr/sbin/update-binfmts /sbin/mkfs.ext4 \
                     /sbin/mkfs.vfat /usr/bin/mcopy /sbin/mkfs.exfat /usr/bin/cpio /usr/bin/python3 \
                     /usr/bin/espeak-ng
SYSTEM_DEB = $(BUILD)/storstil_$(DEB_VERSION)_$(ARCH).deb

.PHONY: system-test deps-system
deps-system:
	$(call install_missing,$(SYSTEM_TOOLS),,$(SYSTEM_TOOL_FILES))

system-test: deps-system all $(BUILD)/pngdiff
	@[ -f $(SYSTEM_DEB) ] || $(MAKE) cross-deb ARCH=$(ARCH)
	CROSS_CACHE=$(CROSS_CACHE) python3 tests/system/system_test.py $(ARCH) $(SYSTEM_DEB) $(BUILD)/system-test/$(ARCH)
