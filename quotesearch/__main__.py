"""``python -m quotesearch`` runs the ``quotes`` command line."""

from quotesearch.cli import main

if __name__ == "__main__":
    main(prog_name="quotes")
