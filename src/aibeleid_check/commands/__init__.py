"""One module per subcommand, each with ``run(args) -> ExitStatus``; imported only when used."""
