import ResumeDaemon

ResumedCommand.main()
