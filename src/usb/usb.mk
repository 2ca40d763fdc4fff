# storstil-usb (src/usb/README.md): its program, unit tests, and install.
# Included by the Makefile; the variables it uses (BUILD, BASE, CFLAGS,
# SANITIZE, PREFIX, DESTDIR, UNITDIR) are the Makefile's.

USB      := $(BUILD)/storstil-usb
USB_SRC  := $(filter-out src/usb/usb_main.c,$(wildcard src/usb/*.c))
USB_OBJ  := $(USB_SRC:src/%.c=$(BUILD)/obj/%.o)
USB_ASAN := $(USB_SRC:src/%.c=$(BUILD)/asan/%.o)
# The core modules it reads the config and writes the status with.
USB_CORE := $(patsubst %,$(BUILD)/obj/core/%.o,config config_keys config_type lang theme readfile utf8 usbstatus recording)
# Where the service finds the udev rule (the package: /usr/lib/udev/rules.d).
UDEVDIR  ?= /etc/udev/rules.d

all: $(USB)

$(BUILD)/obj/usb/usb_main.o: CPPFLAGS += -DSTORSTIL_PREFIX='"$(PREFIX)"'

$(USB): $(BUILD)/obj/usb/usb_main.o $(USB_OBJ) $(USB_CORE)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ -lcrypt

# Its unit tests (tests/test_usb_*.c) link its modules too, and libcrypt: a
# static pattern rule, so it wins over the Makefile's rule for every test.
USB_TEST_BIN := $(patsubst tests/%.c,$(BUILD)/test/%,$(wildcard tests/test_usb_*.c))
$(USB_TEST_BIN): $(BUILD)/test/%: tests/%.c $(CORE_ASAN) $(USB_ASAN) | deps-test
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(SANITIZE) -iquote tests -o $@ $< $(USB_ASAN) $(CORE_ASAN) $(CMOCKA_LIBS) $(HYPHEN_LIBS) -lcrypt -lm

.PHONY: install-usb
install: install-usb
install-usb: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(UDEVDIR) $(DESTDIR)$(UNITDIR)
	install -m 755 $(USB) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 deploy/90-storstil-usb.rules $(DESTDIR)$(UDEVDIR)/
	sed -e 's|/usr/local/bin/storstil|$(PREFIX)/bin/storstil|' -e 's|/var/lib/storstil/data|$(DATADIR)|' \
	    -e 's|/usr/local/share/doc|$(PREFIX)/share/doc|' \
	    deploy/storstil-usb@.service > $(DESTDIR)$(UNITDIR)/storstil-usb@.service
