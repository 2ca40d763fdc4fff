/* fuzz_p20html: the p20html parser (src/import/p20html.c) on arbitrary bytes, through
 * cueblocks, the writer and the kiosk's loader; the promises are
 * fuzz_cues.h's. */
#include "fuzz/fuzz_cues.h"
#include "import/formats.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_cues_run(import_p20html_parse, data, size);
}
