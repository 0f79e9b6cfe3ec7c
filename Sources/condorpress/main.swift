import CondorPressCLI

CondorPressCommand.main()
