/* Tests for library: scanning a real temporary folder as staff change it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/library.h"

static char dir[64];

static void write_file(const char *name, const char *text)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void remove_file(const char *name)
{
    char path[160];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static char synced[96]; /* dir/synced: the folder Syncthing fills */

/* Writes synced/name (a sub-folder name: made as a folder instead). */
static void write_synced(const char *name, const char *text)
{
    char path[200];
    snprintf(path, sizeof path, "%s/%s", synced, name);
    if (!text) {
        assert_int_equal(mkdir(path, 0755), 0);
        return;
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void remove_synced(const char *name)
{
    char path[200];
    snprintf(path, sizeof path, "%s/%s", synced, name);
    unlink(path);
}

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/storstil-lib-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    snprintf(synced, sizeof synced, "%s/synced", dir);
    return 0;
}

/* Empties the synced folder after a test that filled it. */
static int clear_synced(void **state)
{
    (void)state;
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", synced);
    return system(cmd);
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd);
}

static void lists_text_files_in_name_order(void **state)
{
    (void)state;
    write_file("b.txt", "title: B\n\nText b.\n");
    write_file("a.txt", "title: A\n\nText a.\n");
    write_file(".hidden.txt", "title: H\n\nx\n");
    write_file("notes.md", "x\n");
    char sub[96];
    snprintf(sub, sizeof sub, "%s/sources", dir);
    mkdir(sub, 0755);
    Library *lib = library_new(dir, NULL);
    assert_true(library_scan(lib));
    assert_int_equal(library_count(lib), 2);
    assert_string_equal(library_doc(lib, 0)->title, "A");
    assert_string_equal(library_doc(lib, 1)->title, "B");
    assert_string_equal(library_problem(lib), "");
    assert_false(library_scan(lib)); /* nothing changed */
    library_free(lib);
    remove_file("a.txt");
    remove_file("b.txt");
}

static void follows_added_changed_and_removed_files(void **state)
{
    (void)state;
    write_file("a.txt", "title: A\n\nText.\n");
    write_file("b.txt", "title: B\n\nText.\n");
    Library *lib = library_new(dir, NULL);
    library_scan(lib);
    const Doc *a_before = library_doc(lib, 0);

    write_file("b.txt", "title: B2 longer\n\nNew text.\n");
    write_file("c.txt", "title: C\n\nText.\n");
    assert_true(library_scan(lib));
    assert_int_equal(library_count(lib), 3);
    assert_ptr_equal(library_doc(lib, 0), a_before); /* unchanged: not reloaded */
    assert_string_equal(library_doc(lib, 1)->title, "B2 longer");
    assert_string_equal(library_doc(lib, 2)->title, "C");

    remove_file("a.txt");
    assert_true(library_scan(lib));
    assert_int_equal(library_count(lib), 2);
    assert_string_equal(library_doc(lib, 0)->title, "B2 longer");
    assert_string_equal(library_doc(lib, 1)->title, "C");
    assert_null(library_doc(lib, 2));
    library_free(lib);
    remove_file("b.txt");
    remove_file("c.txt");
}

static void broken_files_and_loops_are_listed_as_broken(void **state)
{
    (void)state;
    write_file("empty.txt", "");
    char a[160], b[160];
    snprintf(a, sizeof a, "%s/loop.txt", dir);
    snprintf(b, sizeof b, "%s/loop2.txt", dir);
    assert_int_equal(symlink(b, a), 0);
    assert_int_equal(symlink(a, b), 0);
    Library *lib = library_new(dir, NULL);
    char logbuf[2048] = "";
    FILE *log = fmemopen(logbuf, sizeof logbuf, "w");
    library_set_log(lib, log);
    library_scan(lib);
    fflush(log);
    assert_int_equal(library_count(lib), 3);
    for (size_t i = 0; i < 3; i++) assert_true(library_doc(lib, i)->broken);
    assert_non_null(strstr(logbuf, "storstil: empty.txt:1: the file holds no text"));
    assert_non_null(strstr(logbuf, "loop.txt:1: cannot open the file"));
    /* Broken links are not reloaded (and reported again) at every poll. */
    assert_false(library_scan(lib));
    fclose(log);
    library_free(lib);
    unlink(a);
    unlink(b);
    remove_file("empty.txt");
}

static void missing_folder_is_a_problem_not_a_crash(void **state)
{
    (void)state;
    Library *lib = library_new("/nonexistent/storstil-data", NULL);
    assert_false(library_scan(lib));
    assert_int_equal(library_count(lib), 0);
    assert_non_null(strstr(library_problem(lib), "cannot read the data folder"));
    library_free(lib);
}

/* The synced folder's texts join the shelf in name order; Syncthing's own
 * files (its marker folder, ignore file, versions, files in transfer and
 * conflict copies) are not texts. */
static void synced_folder_texts_join_the_shelf(void **state)
{
    (void)state;
    mkdir(synced, 0755);
    write_file("b.txt", "title: Local B\n\nText.\n");
    write_synced("a.txt", "title: Office A\n\nText.\n");
    write_synced("c.txt", "title: Office C\n\nText.\n");
    write_synced(".stfolder", NULL);
    write_synced(".stversions", NULL);
    write_synced(".stignore", "*.tmp\n");
    write_synced(".syncthing.d.txt.tmp", "title: Half\n\nx\n");
    write_synced("a.sync-conflict-20261206-081500-ABCDEFG.txt", "title: Conflict\n\nx\n");
    Library *lib = library_new(dir, synced);
    assert_string_equal(library_synced_dir(lib), synced);
    assert_true(library_scan(lib));
    assert_string_equal(library_problem(lib), "");
    assert_int_equal(library_count(lib), 3);
    assert_string_equal(library_doc(lib, 0)->title, "Office A");
    assert_string_equal(library_doc(lib, 1)->title, "Local B");
    assert_string_equal(library_doc(lib, 2)->title, "Office C");
    assert_false(library_scan(lib));

    /* Live: added, changed and removed files in the synced folder. */
    const Doc *b_before = library_doc(lib, 1);
    write_synced("d.txt", "title: Office D\n\nText.\n");
    write_synced("c.txt", "title: Office C, changed\n\nNew text.\n");
    remove_synced("a.txt");
    assert_true(library_scan(lib));
    assert_int_equal(library_count(lib), 3);
    assert_ptr_equal(library_doc(lib, 0), b_before); /* unchanged: not reloaded */
    assert_string_equal(library_doc(lib, 1)->title, "Office C, changed");
    assert_string_equal(library_doc(lib, 2)->title, "Office D");
    library_free(lib);
    remove_file("b.txt");
}

/* A name in both folders is shown once, from the data folder; removing the
 * local copy brings the office's back, and adding one hides it again. */
static void data_folder_copy_wins_over_synced(void **state)
{
    (void)state;
    mkdir(synced, 0755);
    write_synced("same.txt", "title: From the office\n\nText.\n");
    write_file("same.txt", "title: From the USB stick\n\nText.\n");
    Library *lib = library_new(dir, synced);
    library_scan(lib);
    assert_int_equal(library_count(lib), 1);
    assert_string_equal(library_doc(lib, 0)->title, "From the USB stick");
    remove_file("same.txt");
    assert_true(library_scan(lib));
    assert_int_equal(library_count(lib), 1);
    assert_string_equal(library_doc(lib, 0)->title, "From the office");
    write_file("same.txt", "title: From the USB stick\n\nText.\n");
    assert_true(library_scan(lib));
    assert_string_equal(library_doc(lib, 0)->title, "From the USB stick");
    library_free(lib);
    remove_file("same.txt");
}

/* A synced folder that is not there (Syncthing not set up yet) is named as
 * the problem; the data folder's texts are still shown. */
static void missing_synced_folder_is_named(void **state)
{
    (void)state;
    write_file("a.txt", "title: A\n\nText.\n");
    Library *lib = library_new(dir, "/nonexistent/storstil-synced");
    library_scan(lib);
    assert_int_equal(library_count(lib), 1);
    assert_non_null(strstr(library_problem(lib), "/nonexistent/storstil-synced: cannot read the synced folder"));
    library_free(lib);
    lib = library_new(dir, "");
    library_scan(lib);
    assert_string_equal(library_synced_dir(lib), "");
    assert_string_equal(library_problem(lib), "");
    library_free(lib);
    remove_file("a.txt");
}

/* A text's recording beside it (README "The recording beside a text") is
 * not a text: the shelf lists foo.txt once, not its foo.mp3 or foo.wav. */
static void recordings_are_not_texts(void **state)
{
    (void)state;
    write_file("a.txt", "title: A\ntimed: yes\n\nText.\n");
    write_file("a.mp3", "ID3 not a text");
    write_file("a.wav", "RIFF....WAVE");
    write_file("b.opus", "OggS");
    write_file("c.ogg", "OggS");
    Library *lib = library_new(dir, NULL);
    library_scan(lib);
    assert_int_equal(library_count(lib), 1);
    assert_string_equal(library_doc(lib, 0)->title, "A");
    library_free(lib);
    remove_file("a.txt"), remove_file("a.mp3"), remove_file("a.wav"), remove_file("b.opus"), remove_file("c.ogg");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lists_text_files_in_name_order),
        cmocka_unit_test(follows_added_changed_and_removed_files),
        cmocka_unit_test(broken_files_and_loops_are_listed_as_broken),
        cmocka_unit_test(missing_folder_is_a_problem_not_a_crash),
        cmocka_unit_test_teardown(synced_folder_texts_join_the_shelf, clear_synced),
        cmocka_unit_test_teardown(data_folder_copy_wins_over_synced, clear_synced),
        cmocka_unit_test(missing_synced_folder_is_named),
        cmocka_unit_test(recordings_are_not_texts),
    };
    return cmocka_run_group_tests_name("library", tests, setup, teardown);
}
