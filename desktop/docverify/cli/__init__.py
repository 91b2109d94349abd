"""The docverify command line: one module per subcommand, all calling the same pipeline as the GUI."""
