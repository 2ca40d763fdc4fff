/* pace: owns the three speeds of reading aloud; what a step means to the
 * voice or a recording is the kiosk's. */
#include "pace.h"

double pace_factor(int step)
{
    static const double factors[PACE_STEPS] = {0.8, 1.0, 1.25};
    if (step < 0) step = 0;
    if (step >= PACE_STEPS) step = PACE_STEPS - 1;
    return factors[step];
}
