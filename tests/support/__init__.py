"""Reusable test parts: a simulated post device, the reference client, a fault-injecting proxy, servers."""
