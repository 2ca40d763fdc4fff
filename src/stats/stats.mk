# storstil-stats, the use counts' daily files (README "Use counts"): its
# program and install. Included by the Makefile; the variables it uses
# (BUILD, CFLAGS, PREFIX, DESTDIR, UNITDIR) are the Makefile's.

STATS      := $(BUILD)/storstil-stats
STATS_SRC  := $(wildcard src/stats/*.c)
STATS_OBJ  := $(STATS_SRC:src/%.c=$(BUILD)/obj/%.o)
# The core modules it reads the lines, the files and the config with.
STATS_CORE := $(patsubst %,$(BUILD)/obj/core/%.o,usage_line usage_csv readfile \
                config config_keys config_type lang theme utf8)

all: $(STATS)

$(STATS): $(STATS_OBJ) $(STATS_CORE)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^

.PHONY: install-stats
install: install-stats
install-stats: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(UNITDIR)
	install -m 755 $(STATS) $(DESTDIR)$(PREFIX)/bin/
	sed -e 's|/usr/local/bin/storstil|$(PREFIX)/bin/storstil|' \
	    -e 's|/usr/local/share/doc|$(PREFIX)/share/doc|' \
	    deploy/storstil-stats.service > $(DESTDIR)$(UNITDIR)/storstil-stats.service
	install -m 644 deploy/storstil-stats.timer $(DESTDIR)$(UNITDIR)/
