// The libFuzzer entry points of one target; BATON_FUZZ_FUNCTION names its function (fuzztargets.h).

#include "fuzztargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL drivers are plugins, found through the application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return BATON_FUZZ_FUNCTION(data, size);
}
