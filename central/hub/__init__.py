"""The NRM hub's office services: principals, lifecycle, disclosure, organisations, timers, audit (no HTTP)."""
