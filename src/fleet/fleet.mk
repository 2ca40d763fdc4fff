# Many kiosks (README "Many kiosks"): storstil-status, the kiosk's
# status.json for the office, run by deploy/storstil-status.timer; and
# storstil-office, the office's page of every kiosk. Both are POSIX shell
# around jq (a Debian package in DEB_PACKAGES): they glue system commands
# and JSON, which jq parses and escapes. Included by the Makefile; the
# variables it uses (PREFIX, DESTDIR, UNITDIR) are the Makefile's.

.PHONY: install-fleet
install: install-fleet
install-fleet:
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(UNITDIR)
	install -m 755 src/fleet/storstil-status src/fleet/storstil-office $(DESTDIR)$(PREFIX)/bin/
	sed -e 's|/usr/local/bin/storstil|$(PREFIX)/bin/storstil|' -e 's|/usr/local/share/doc|$(PREFIX)/share/doc|' \
	    deploy/storstil-status.service > $(DESTDIR)$(UNITDIR)/storstil-status.service
	sed -e 's|/usr/local/share/doc|$(PREFIX)/share/doc|' \
	    deploy/storstil-status.timer > $(DESTDIR)$(UNITDIR)/storstil-status.timer

# The office page as a PNG from headless Chromium, at a phone's width
# (tests/fleet/office_screenshot.sh; build/fleet/office.png, to look at).
# Chromium is this target's own package, not one of make test's.
DEB_OFFICE_SHOT_PACKAGES := chromium
.PHONY: office-screenshot
office-screenshot: deps all
	$(call install_missing,$(DEB_OFFICE_SHOT_PACKAGES),,/usr/bin/chromium)
	bash tests/fleet/office_screenshot.sh

# The kiosks' set-up by Ansible (deploy/ansible/): the playbook's syntax and
# ansible-lint's production profile (Debian's ansible and ansible-lint, this
# target's own packages). Not part of make test.
DEB_ANSIBLE_PACKAGES := ansible ansible-lint
.PHONY: ansible-check
ansible-check:
	$(call install_missing,$(DEB_ANSIBLE_PACKAGES),,/usr/bin/ansible-playbook /usr/bin/ansible-lint)
	cd deploy/ansible && ansible-playbook --syntax-check -i inventory/example.yml site.yml
	cd deploy/ansible && ansible-lint --offline -p site.yml roles/storstil_kiosk

# make fleet-test: (1) one office and two kiosks on 127.0.0.1, each with
# Syncthing of its own, the kiosks real storstil processes
# (tests/fleet/fleet_test.sh; it prints how long a new text takes to reach
# both shelves); (2) the playbook against a fresh bookworm root through
# Ansible's chroot connection, twice, with no network
# (tests/fleet/ansible_chroot.sh; it needs the package: make deb when it is
# not built, and the cross tests' root tools). Syncthing and Ansible are
# this target's own packages. Not part of make test (about 2 minutes, plus
# the package and the root the first time).
DEB_FLEET_PACKAGES := syncthing ansible
.PHONY: fleet-test
fleet-test: deps all $(BUILD)/pngdiff deps-cross
	$(call install_missing,$(DEB_FLEET_PACKAGES),,/usr/bin/syncthing /usr/bin/ansible-playbook)
	@[ -f $(DEB_FILE) ] || $(MAKE) deb
	bash tests/fleet/fleet_test.sh
	nice bash tests/fleet/ansible_chroot.sh
