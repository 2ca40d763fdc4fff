/* fuzz.h: what every libFuzzer target here shares: its entry point's
 * declaration and CHECK, which traps (a crash the fuzzer keeps) when a rule
 * the target states about the parser's output is broken. */
#ifndef STORSTIL_FUZZ_H
#define STORSTIL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
            __builtin_trap();                                                  \
        }                                                                      \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
