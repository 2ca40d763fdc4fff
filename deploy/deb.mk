# The Debian package (debian/), included by the Makefile.
#
#   make deb      build/storstil_VERSION_ARCH.deb for this machine's
#                 architecture, with dpkg-buildpackage on a clean copy of
#                 the tree (the clone's tracked and new files, no build/),
#                 then lintian on it; installs the build dependencies first,
#                 as `make deps` does.
#
# dpkg-buildpackage writes its results beside the source folder, so the copy
# lives in build/deb/ and everything it makes stays under build/.

DEB_VERSION := $(shell sed -n '1s/^[^(]*(\([^)]*\)).*/\1/p' debian/changelog)
DEB_ARCH    := $(shell dpkg --print-architecture 2>/dev/null)
DEB_FILE    := $(BUILD)/storstil_$(DEB_VERSION)_$(DEB_ARCH).deb
DEB_TREE    := $(BUILD)/deb/storstil-$(DEB_VERSION)
# debian/control's Build-Depends, and the tools that build and check
# (LINTIAN=0: no lintian, as in the cross tests' roots).
LINTIAN ?= 1
DEB_BUILD_PACKAGES := $(DEB_PACKAGES) debhelper dpkg-dev fakeroot $(if $(filter 1,$(LINTIAN)),lintian)
DEB_BUILD_FILES    := $(DEB_FILES) /usr/bin/dh /usr/bin/dpkg-buildpackage /usr/bin/fakeroot \
                      $(if $(filter 1,$(LINTIAN)),/usr/bin/lintian)

.PHONY: deb deps-deb
deps-deb:
	$(call install_missing,$(DEB_BUILD_PACKAGES),$(DEB_PC_MODULES),$(DEB_BUILD_FILES))

deb: deps-deb
	rm -rf $(BUILD)/deb
	mkdir -p $(DEB_TREE)
	if git rev-parse --git-dir > /dev/null 2>&1; then \
	  git ls-files -z --cached --others --exclude-standard | \
	    tar --null -T - --ignore-failed-read -cf - | tar -C $(DEB_TREE) -xf -; \
	else \
	  tar --exclude=./$(BUILD) --exclude=./.git -cf - . | tar -C $(DEB_TREE) -xf -; \
	fi
	cd $(DEB_TREE) && DEB_BUILD_OPTIONS="parallel=$$(nproc) $$DEB_BUILD_OPTIONS" \
	  nice dpkg-buildpackage -us -uc --build=full
	cp $(BUILD)/deb/storstil_$(DEB_VERSION)_$(DEB_ARCH).deb $(DEB_FILE)
	@echo "storstil: built $(DEB_FILE)"
ifeq ($(LINTIAN),1)
	lintian --display-info --fail-on error,warning $(BUILD)/deb/storstil_$(DEB_VERSION)_$(DEB_ARCH).changes
endif
