/* charts: a report's flattened charts put back together. A PDF's text
 * extraction leaves a chart's caption ("Diagram 1. ...") where the chart
 * stood and its values wherever the page's text flow put them, often a few
 * paragraphs on. Each caption gets the values that follow it (before the
 * next caption) right under it, as one list; a caption whose values the
 * extraction lost is dropped, since it would stand over nothing. */
#ifndef STORSTIL_IMPORT_CHARTS_H
#define STORSTIL_IMPORT_CHARTS_H

#include "blocks.h"

/* Reorders the blocks in place as above. */
void import_charts_place(ImportBlocks *blocks);

#endif
