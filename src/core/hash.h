/* hash: the one hash function of storstil's hash tables (the layout's width
 * cache, the hyphenation cache, the importer's word, trigram and repair
 * tables).
 *
 * 64-bit FNV-1a (Fowler, Noll, Vo): byte by byte, no alignment or length
 * assumptions, good enough spread for open addressing with a power-of-two
 * table and a linear probe. Not for anything an attacker could exploit
 * beyond slowing a table down: the texts are the library's own.
 *
 * The function is `static inline` here rather than in a hash.c: the width
 * cache calls it for every word of every relayout, and the layout's
 * instruction count is benchmarked (docs/performance.md); a call through
 * another object file would cost a call per word that inlining avoids. */
#ifndef STORSTIL_HASH_H
#define STORSTIL_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a's 64-bit offset basis: the seed for a plain FNV-1a hash. */
#define HASH_SEED UINT64_C(14695981039346656037)

/* Hashes len bytes at p, starting from seed (HASH_SEED gives standard
 * FNV-1a; a table that mixes another small key in, such as a face number,
 * XORs it into the seed). */
static inline uint64_t hash_bytes(const void *p, size_t len, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = seed;
    for (size_t i = 0; i < len; i++) h = (h ^ s[i]) * UINT64_C(1099511628211);
    return h;
}

#endif
