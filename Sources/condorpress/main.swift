// Importing CMimalloc links the executable against mimalloc, whose malloc and free then serve the
// whole process (Swift's runtime, Foundation, cmark-gfm, SQLite) in place of glibc's: about 10%
// less CPU for a full build, which allocates in many small pieces (docs/performance.md).
import CMimalloc
import CondorPressCLI

CondorPressCommand.main()
