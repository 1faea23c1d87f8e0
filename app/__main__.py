"""`python -m app` runs the nrm-desk command line (and, in a frozen build, the key-derivation child)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--nrm-desk-kdf-child"]:  # app.crypto.kdf_child.CHILD_FLAG: a frozen build's Argon2id child
        from app.services.kdf_worker import serve

        serve()
        sys.exit(0)
    from app.cli import main

    sys.exit(main())
