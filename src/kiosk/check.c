/* check: owns the --check report. It reads the data folder through
 * library.c and asks the typesetter for each text's pages with the real
 * fonts, as the kiosk would, but opens no window and writes nothing. */
#include "check.h"

#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <unistd.h>

#include "core/library.h"
#include "core/recording.h"
#include "offscreen.h"
#include "player.h"

/* Prints what the recording beside d is to the kiosk (README "The recording
 * beside a text"): played, read by the voice for want of times, or a
 * problem when it does not decode; false only for that problem. */
static bool check_recording(const Doc *d, FILE *out)
{
    char path[4096];
    if (!recording_beside(d->path, path, sizeof path)) return true;
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    /* The decoder's own chatter on a broken file (mpg123's "Note: ..." lines)
     * is no line of this report: stderr is set aside while it looks. */
    fflush(stderr);
    int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && null >= 0) dup2(null, STDERR_FILENO);
    bool decodes = player_probe(path, NULL);
    if (saved >= 0 && null >= 0) dup2(saved, STDERR_FILENO);
    if (saved >= 0) close(saved);
    if (null >= 0) close(null);
    if (!decodes) {
        fprintf(out, "%s:1: the recording %s does not decode; the voice reads this text\n", d->name, name);
        return false;
    }
    if (d->timed && d->n_times)
        fprintf(out, "%s: recording %s, played by Läs upp with the text following\n", d->name, name);
    else
        fprintf(out, "%s: recording %s, but the text has no times, so the voice reads it\n", d->name, name);
    return true;
}

/* Prints one text's problems (a timed text's broken stamps among them), its
 * page count, its timed parts, its recording and whether its hyphenation
 * was settled at import; true when all is well. */
static bool check_text(Typesetter *ts, const Doc *d, int text_size, FILE *out)
{
    char msg[600];
    for (size_t p = 0; p < d->n_problems; p++) fprintf(out, "%s\n", doc_problem_format(d, p, msg, sizeof msg));
    if (d->broken || !ts) return false;
    if (typeset_text(ts, d, text_size, 0) < 0) {
        fprintf(out, "%s:1: the text cannot be laid out\n", d->name);
        return false;
    }
    size_t pages = layout_page_count(typeset_layout(ts));
    fprintf(out, "%s: \"%s\", %zu page%s\n", d->name, d->title, pages, pages == 1 ? "" : "s");
    if (d->timed && d->n_times) { /* a note: where the recording's parts start */
        char first[DOC_TIME_STAMP_MAX], last[DOC_TIME_STAMP_MAX];
        fprintf(out, "%s: %zu timed part%s, from %s to %s\n", d->name, d->n_times, d->n_times == 1 ? "" : "s",
                doc_time_format(d->times[0].ms, first, sizeof first),
                doc_time_format(d->times[d->n_times - 1].ms, last, sizeof last));
    } else if (d->timed) {
        fprintf(out, "%s: \"timed: yes\" but no time stamps in the text\n", d->name);
    }
    bool recording_ok = check_recording(d, out);
    if (!d->hyphenation_settled) /* a note, not a problem: the text reads well enough */
        fprintf(out, "%s: no \"hyphenation:\" line, so no word's hyphenation is settled: compounds may "
                     "break away from their joints (storstil-import settles them)\n", d->name);
    typeset_forget(ts);
    return d->n_problems == 0 && recording_ok;
}

int check_data(const Options *opt, FILE *out)
{
    Library *lib = library_new(opt->cfg.data_dir, opt->cfg.synced_dir);
    if (!lib) return 1;
    library_scan(lib);
    bool ok = true;
    if (library_problem(lib)[0]) {
        fprintf(out, "%s\n", library_problem(lib));
        ok = false;
    } else if (library_count(lib) == 0) {
        fprintf(out, "%s: no texts (*.txt) in the data folder\n", opt->cfg.data_dir);
        ok = false;
    }
    Offscreen o = {0};
    if (library_count(lib) && offscreen_open(&o, opt, NULL) < 0) ok = false;
    for (size_t i = 0; i < library_count(lib); i++)
        ok &= check_text(o.ts, library_doc(lib, i), opt->cfg.text_size, out);
    offscreen_close(&o);
    library_free(lib);
    return ok ? 0 : 1;
}
