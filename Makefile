# storstil: large-print kiosk reader.  `make run` and `make test` are the two
# commands a newcomer needs; both install missing Debian packages first.

CC       ?= cc
BUILD    := build
PREFIX   ?= /usr/local
DESTDIR  ?=

# The Debian packages the project needs, in one place, with how `deps` checks
# each: pkg-config modules for libraries, files for the rest. Building and
# running need the first list; the tests (`make test`, `make bench`,
# `make fuzz`) also need the second, which a kiosk Pi can do without.
DEB_PACKAGES := build-essential pkg-config libsdl2-dev libsdl2-ttf-dev \
                libsdl2-image-dev libpng-dev libhyphen-dev hyphen-sv libhunspell-dev \
                hunspell-sv libsystemd-dev fonts-dejavu-core libxml2-dev poppler-utils \
                libespeak-ng-dev espeak-ng-data libcrypt-dev jq libsndfile1-dev libsonic-dev
DEB_PC_MODULES := sdl2 SDL2_ttf SDL2_image libpng hunspell libsystemd libxml-2.0 espeak-ng sndfile
DEB_FILES := /usr/include/hyphen.h /usr/share/hyphen/hyph_sv_SE.dic \
             /usr/lib/*/espeak-ng-data/lang/gmq/sv \
             /usr/share/hunspell/sv_SE.dic /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
             /usr/bin/pdftotext /usr/include/crypt.h /usr/bin/jq /usr/include/sonic.h
DEB_TEST_PACKAGES := libcmocka-dev xvfb xauth valgrind systemd clang libclang-rt-14-dev groff udev strace \
                     dosfstools mtools exfatprogs fdisk python3 lame opus-tools espeak-ng
DEB_TEST_PC_MODULES := cmocka
# Only `make bench` compares the start with a browser: Chromium is not
# among the test packages, so `make test` on a fresh machine never fetches it.
DEB_BENCH_PACKAGES := chromium
DEB_BENCH_FILES := /usr/bin/chromium
DEB_TEST_FILES := /usr/bin/Xvfb /usr/bin/xauth /usr/bin/valgrind /usr/bin/systemd-analyze /usr/bin/clang /usr/bin/gropdf /usr/bin/udevadm /usr/bin/strace \
                  /sbin/mkfs.vfat /usr/bin/mcopy /sbin/mkfs.exfat /sbin/sfdisk /usr/bin/python3 /usr/bin/lame /usr/bin/opusenc \
                  /usr/bin/espeak-ng \
                  /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a

WARN     := -Wall -Wextra -Werror -Wshadow
# 64-bit file offsets and inode numbers on 32-bit systems (armhf), where
# readdir and stat fail on large ones otherwise (src/core/library.c).
BASE     := -std=c11 -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64 $(WARN) -MMD -MP -iquote src
CFLAGS   ?= -O2 -g
SANITIZE := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

SDL_CFLAGS = $(shell pkg-config --cflags sdl2 SDL2_ttf SDL2_image libpng 2>/dev/null)
SDL_LIBS   = $(shell pkg-config --libs sdl2 SDL2_ttf SDL2_image libsystemd espeak-ng 2>/dev/null)
# The kiosk and the bench: no SDL2_image (and the image formats it loads at
# start), as they only write PNGs, through libpng (src/kiosk/shot.c); the
# test tools that read PNGs keep it.
# libsndfile and libsonic play a text's own recording (src/kiosk/player.c):
# only the kiosk (and the bench over its modules) links them.
KIOSK_LIBS = $(shell pkg-config --libs sdl2 SDL2_ttf libpng libsystemd espeak-ng sndfile 2>/dev/null) -lsonic
HUN_CFLAGS = $(shell pkg-config --cflags hunspell 2>/dev/null)
HUN_LIBS   = $(shell pkg-config --libs hunspell 2>/dev/null)
# The importer's libraries: hunspell for the ligature repair, libxml2 for
# Podcasting 2.0 HTML transcripts. Only the importer links hunspell.
IMPORT_CFLAGS = $(HUN_CFLAGS) $(shell pkg-config --cflags libxml-2.0 2>/dev/null)
IMPORT_LIBS   = $(HUN_LIBS) $(shell pkg-config --libs libxml-2.0 2>/dev/null)
CMOCKA_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null)
HYPHEN_LIBS := -lhyphen

# The folders show the architecture (docs/architecture.md): src/core is
# SDL-free and is what the unit tests link; src/kiosk is the SDL shell and
# links only into the kiosk; src/import is the importer's own program.
SDL_SRC    := $(wildcard src/kiosk/*.c)
CORE_SRC   := $(wildcard src/core/*.c)
IMPORT_SRC := $(filter-out src/import/import_main.c,$(wildcard src/import/*.c))
TEST_SRC   := $(wildcard tests/test_*.c)

CORE_OBJ      := $(CORE_SRC:src/%.c=$(BUILD)/obj/%.o)
SDL_OBJ       := $(SDL_SRC:src/%.c=$(BUILD)/obj/%.o)
IMPORT_OBJ    := $(IMPORT_SRC:src/%.c=$(BUILD)/obj/%.o)
CORE_ASAN     := $(CORE_SRC:src/%.c=$(BUILD)/asan/%.o)
IMPORT_ASAN   := $(IMPORT_SRC:src/%.c=$(BUILD)/asan/%.o)
TEST_BIN      := $(TEST_SRC:tests/%.c=$(BUILD)/test/%)

KIOSK    := $(BUILD)/storstil
IMPORTER := $(BUILD)/storstil-import
BENCH    := $(BUILD)/storstil-bench

# Objects are kept between builds, not deleted as intermediates.
.SECONDARY:


.PHONY: all deps deps-test deps-bench run test unit data check-data clean install screenshots bench fuzz deb cross-test
all: $(KIOSK) $(IMPORTER)

# Installs whatever is missing: deploy/deps.sh (apt-get, through sudo when
# not root; it waits up to APT_WAIT seconds for another package manager's
# locks). $(1): packages, $(2): pkg-config modules, $(3): files (globs
# allowed) that show the packages are in. NO_DEPS=1 skips it: the package
# build (debian/rules) gets its dependencies from debian/control, and must
# not call apt-get itself.
install_missing = $(if $(filter 1,$(NO_DEPS)),,@APT_WAIT='$(APT_WAIT)' bash deploy/deps.sh \
	--pc '$(strip $(2))' --files '$(strip $(3))' $(1))

deps:
	$(call install_missing,$(DEB_PACKAGES),$(DEB_PC_MODULES),$(DEB_FILES))

deps-test: deps
	$(call install_missing,$(DEB_TEST_PACKAGES),$(DEB_TEST_PC_MODULES),$(DEB_TEST_FILES))

deps-bench: deps-test
	$(call install_missing,$(DEB_BENCH_PACKAGES),,$(DEB_BENCH_FILES))

$(BUILD)/obj/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CPPFLAGS) $(CFLAGS) $(if $(filter $<,$(SDL_SRC)),$(SDL_CFLAGS)) $(if $(filter src/import/%,$<),$(IMPORT_CFLAGS)) -c $< -o $@

$(BUILD)/asan/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(SANITIZE) $(if $(filter src/import/%,$<),$(IMPORT_CFLAGS)) -c $< -o $@

# The kiosk links no hunspell: the importer settles hyphenation (README,
# "The text format"), so no spelling dictionary is opened at start.
$(KIOSK): $(SDL_OBJ) $(CORE_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(KIOSK_LIBS) $(HYPHEN_LIBS) -lm

# The benchmark: its own program over the kiosk's modules (all but main).
BENCH_SRC := $(wildcard tests/bench/*.c)
BENCH_OBJ := $(BENCH_SRC:tests/bench/%.c=$(BUILD)/obj/bench/%.o)
$(BUILD)/obj/bench/%.o: tests/bench/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) $(SDL_CFLAGS) -c $< -o $@

$(BENCH): $(BENCH_OBJ) $(filter-out %/main.o,$(SDL_OBJ)) $(CORE_OBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(KIOSK_LIBS) $(HYPHEN_LIBS) -lm

# The kiosk built with AddressSanitizer and UBSan, for the end-to-end tests.
SDL_ASAN := $(SDL_SRC:src/%.c=$(BUILD)/asan-sdl/%.o)
$(BUILD)/asan-sdl/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(SANITIZE) $(SDL_CFLAGS) -c $< -o $@

$(KIOSK)-asan: $(SDL_ASAN) $(CORE_ASAN)
	$(CC) $(SANITIZE) -o $@ $^ $(KIOSK_LIBS) $(HYPHEN_LIBS) -lm


# storstil-usb, the USB stick import: src/usb/usb.mk.
include src/usb/usb.mk
# storstil-status and storstil-office, for many kiosks: src/fleet/fleet.mk.
include src/fleet/fleet.mk

# storstil-stats, the use counts' daily files: src/stats/stats.mk.
include src/stats/stats.mk

# The importer links only the core modules it uses: the text model (its
# output is read back as the kiosk would), the file reader, UTF-8 and the
# hyphenation patterns (it settles each text's hyphenation); the hash is a
# header.
IMPORT_CORE := $(patsubst %,$(BUILD)/obj/core/%.o,doc doc_format doc_times readfile utf8 hyphenate)
$(IMPORTER): $(BUILD)/obj/import/import_main.o $(IMPORT_OBJ) $(IMPORT_CORE)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(IMPORT_LIBS) $(HYPHEN_LIBS) -lm

# Unit tests: one cmocka binary per tests/test_*.c, linked against the
# sanitized core and importer modules, and no SDL.
$(BUILD)/test/%: tests/%.c $(CORE_ASAN) $(IMPORT_ASAN) | deps-test
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(SANITIZE) -iquote tests $(IMPORT_CFLAGS) -o $@ $< $(TEST_EXTRA) $(CORE_ASAN) $(IMPORT_ASAN) $(CMOCKA_LIBS) $(IMPORT_LIBS) $(HYPHEN_LIBS) -lm

# The long-cluster layout test pins the lines of the bench's own text.
$(BUILD)/test/test_layout_long: TEST_EXTRA := tests/bench/zalgo.c
$(BUILD)/test/test_layout_long: tests/bench/zalgo.c

unit: $(TEST_BIN)

# Compares screenshots with the golden images in the end-to-end tests.
$(BUILD)/pngdiff: tests/tools/pngdiff.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) $(SDL_CFLAGS) -o $@ $< $(SDL_LIBS)

# Measures controls and letters in screenshots for the large-print tests.
$(BUILD)/pngmeasure: tests/tools/pngmeasure.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) $(SDL_CFLAGS) -o $@ $< $(SDL_LIBS)

# Measures the sound SDL's disk audio driver wrote, for the read-aloud tests.
$(BUILD)/pcmmeasure: tests/tools/pcmmeasure.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) -o $@ $<

# Make a recording with known times and compare what the disk audio driver
# played with it, for the recording tests (libsndfile, as the kiosk).
$(BUILD)/pcmjoin: tests/tools/pcmjoin.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) -o $@ $< $(shell pkg-config --libs sndfile 2>/dev/null)

$(BUILD)/pcmmatch: tests/tools/pcmmatch.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) -o $@ $< $(shell pkg-config --libs sndfile 2>/dev/null) -lm

# The kiosk's player on its own: pace and start time (tests and bench).
$(BUILD)/playcheck: tests/tools/playcheck.c $(BUILD)/obj/kiosk/player.o | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) $(SDL_CFLAGS) -o $@ $^ $(KIOSK_LIBS)

# Stands in for systemd's notify socket in the service tests.
$(BUILD)/notify_listen: tests/tools/notify_listen.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) -o $@ $<

test: deps-test all $(BENCH) $(KIOSK)-asan $(TEST_BIN) $(BUILD)/pngdiff $(BUILD)/pngmeasure $(BUILD)/pcmmeasure $(BUILD)/pcmjoin $(BUILD)/pcmmatch $(BUILD)/playcheck $(BUILD)/notify_listen
	@bash tests/run.sh $(TEST_BIN)

# Times a command and reads its peak memory, for the bench's start.
$(BUILD)/runmem: tests/tools/runmem.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(BASE) $(CFLAGS) -o $@ $<

# Speed and memory as a visitor feels them (docs/performance.md), and the
# start side by side with Chromium (tests/bench/start.sh).
bench: deps-bench all $(BENCH) $(BUILD)/runmem
	bash tests/bench/run.sh

# The README's screenshots, made by the kiosk from a script.
screenshots: deps all
	bash docs/make-screenshots.sh

run: deps all
	$(KIOSK) $(RUN_FLAGS)

# The cleaned documents, regenerated from data/sources/ by the importer.
include data/data.mk

# libFuzzer targets: `make fuzz SECONDS=N` (tests/fuzz/fuzz.mk).
-include tests/fuzz/fuzz.mk

# Installs the kiosk (README: "Raspberry Pi kiosk"; the package's
# debian/rules calls it too). The texts go to $(SHAREDIR)/texts and, with
# SEED_DATA=1, into the data folder when it holds no text yet, so staff's
# texts are never overwritten; the package seeds it in its postinst instead.
DATADIR   ?= /var/lib/storstil/data
SHAREDIR  := $(PREFIX)/share/storstil
UNITDIR   ?= /etc/systemd/system
SEED_DATA ?= 1
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(SHAREDIR)/assets/fonts $(DESTDIR)$(SHAREDIR)/texts \
	           $(DESTDIR)/etc $(DESTDIR)$(UNITDIR) $(DESTDIR)$(PREFIX)/share/doc/storstil
	install -m 755 $(KIOSK) $(IMPORTER) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 assets/fonts/*.ttf $(DESTDIR)$(SHAREDIR)/assets/fonts/
	install -m 644 data/*.txt $(DESTDIR)$(SHAREDIR)/texts/
	install -m 644 deploy/storstil.conf.example $(DESTDIR)$(SHAREDIR)/storstil.conf.example
	[ -e $(DESTDIR)/etc/storstil.conf ] || \
	  sed 's|/var/lib/storstil/data|$(DATADIR)|' deploy/storstil.conf.example > $(DESTDIR)/etc/storstil.conf
	sed -e 's|/usr/local/bin/storstil|$(PREFIX)/bin/storstil|' -e 's|/var/lib/storstil/data|$(DATADIR)|' \
	    -e 's|/usr/local/share/doc|$(PREFIX)/share/doc|' \
	    deploy/storstil.service > $(DESTDIR)$(UNITDIR)/storstil.service
	install -m 644 README.md $(DESTDIR)$(PREFIX)/share/doc/storstil/
ifeq ($(SEED_DATA),1)
	install -d $(DESTDIR)$(DATADIR)
	ls $(DESTDIR)$(DATADIR)/*.txt > /dev/null 2>&1 || install -m 644 data/*.txt $(DESTDIR)$(DATADIR)/
endif

# The Debian package and the tests on the Pi's architectures (make deb,
# make cross-test ARCH=arm64|armhf): deploy/deb.mk, tests/cross/cross.mk.
include deploy/deb.mk
-include tests/cross/cross.mk
# make system-test ARCH=arm64: the package booted in an emulated machine
# (tests/system/system.mk).
-include tests/system/system.mk

clean:
	rm -rf $(BUILD)

-include $(wildcard $(BUILD)/obj/*/*.d $(BUILD)/asan/*/*.d $(BUILD)/asan-sdl/*/*.d)
