"""``python -m summarize`` runs the summarize command."""

from .process import summarize_main

if __name__ == "__main__":
    summarize_main()
