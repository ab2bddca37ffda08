"""Plain data, rules and Vietnamese text handling. Imports neither Qt nor SQL."""
