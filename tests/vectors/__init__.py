"""Golden test vectors of the wire formats (regenerate only deliberately: python -m tests.vectors.make_vectors)."""
