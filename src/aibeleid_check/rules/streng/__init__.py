"""The stricter checks of the `streng` profile (AIB3xx-6xx), one module per check or tight family."""
