# libFuzzer targets for storstil's parsers and state machines, included by the
# top Makefile. Each tests/fuzz/fuzz_<name>.c is built with clang into
# build/fuzz/fuzz_<name>, linked against the SDL-free core and the importer's
# modules compiled with the fuzzer's coverage and ASan/UBSan. `make fuzz`
# runs every target for $(SECONDS) seconds on a scratch copy of its seed
# corpus (tests/fuzz/corpus_<name>/, never written to) and fails when any
# target crashed; tests/fuzz/run.sh does the running and the counting.

FUZZ_CC      ?= clang
SECONDS      ?= 30
FUZZ_DIR     := $(BUILD)/fuzz
# Every tests/fuzz/fuzz_<name>.c is a target: a new import format's
# (tests/test_import_table.c wants one per timed format) needs no line here.
FUZZ_NAMES   := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN     := $(FUZZ_NAMES:%=$(FUZZ_DIR)/fuzz_%)
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  := -std=c11 -D_DEFAULT_SOURCE $(WARN) -MMD -MP -iquote src -O1 -g $(FUZZ_SAN)
FUZZ_SRC     := $(CORE_SRC) $(IMPORT_SRC)
FUZZ_OBJ     := $(FUZZ_SRC:src/%.c=$(FUZZ_DIR)/obj/%.o)

.PHONY: fuzz-build
fuzz-build: $(FUZZ_BIN)

# The project's sources: coverage for the fuzzer, no fuzzer main.
$(FUZZ_DIR)/obj/%.o: src/%.c | deps-test
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(if $(filter src/import/%,$<),$(IMPORT_CFLAGS)) -c $< -o $@

# One binary per target, with libFuzzer's main.
$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ) | deps-test
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -iquote tests $(IMPORT_CFLAGS) -o $@ $< $(FUZZ_OBJ) \
	  $(IMPORT_LIBS) $(HYPHEN_LIBS) -lm

fuzz: $(FUZZ_BIN)
	@bash tests/fuzz/run.sh $(SECONDS) $(FUZZ_NAMES)

-include $(wildcard $(FUZZ_DIR)/obj/*/*.d $(FUZZ_DIR)/*.d)
