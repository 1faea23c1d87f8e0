"""Protocol exceptions: one class and one machine-readable code per verification failure."""

from __future__ import annotations


class ProtocolError(Exception):
    """Base of every protocol failure; `code` is stable and machine-readable."""

    code = "protocol_error"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.code)
        self.message = message or self.code


class MalformedData(ProtocolError):
    """Bytes or JSON that do not follow the format at all."""

    code = "malformed"


class NonCanonicalJson(MalformedData):
    """JSON that is not in canonical form where canonical form is required."""

    code = "non_canonical_json"


# --- envelope checks, in the order of DESIGN.md §5 -------------------------------------------------
class BadMagic(ProtocolError):
    """Check 1a: the file does not start with the envelope magic bytes."""

    code = "bad_magic"


class UnsupportedVersion(ProtocolError):
    """Check 1b: a format version this implementation does not know."""

    code = "unsupported_version"


class UnsupportedSuite(ProtocolError):
    """Check 1c: an HPKE suite this implementation does not know."""

    code = "unsupported_suite"


class TruncatedEnvelope(ProtocolError):
    """Check 1d: shorter than the visible header plus the smallest HPKE ciphertext."""

    code = "truncated"


class WrongRecipient(ProtocolError):
    """Check 2: sealed to a key other than ours."""

    code = "wrong_recipient"


class DecryptionFailed(ProtocolError):
    """Check 3: HPKE open failed (tampered ciphertext or visible header, or wrong key)."""

    code = "decryption_failed"


class InnerMalformed(ProtocolError):
    """Check 3b: the decrypted plaintext does not follow the inner layout."""

    code = "inner_malformed"


class UnknownDevice(ProtocolError):
    """Check 4a: the inner header names a device the office never enrolled."""

    code = "unknown_device"


class RevokedDevice(ProtocolError):
    """Check 4b: the device was revoked."""

    code = "revoked_device"


class BadSignature(ProtocolError):
    """Check 5: the device signature over both headers does not verify."""

    code = "bad_signature"


class HeaderMismatch(ProtocolError):
    """Check 6: inner and visible headers disagree (bundle id or recipient key id)."""

    code = "header_mismatch"


class PayloadHashMismatch(ProtocolError):
    """Check 7: the payload does not hash to the signed payload_sha256."""

    code = "payload_hash_mismatch"


class PayloadMalformed(ProtocolError):
    """Check 7b: the payload does not decompress or is not canonical JSON of the payload shape."""

    code = "payload_malformed"


class ReplayedSequence(ProtocolError):
    """Check 8: this device already delivered another bundle with the same sequence number."""

    code = "sequence_replayed"


class ReferralIdTaken(ProtocolError):
    """Another device already sent a bundle naming this referral id; a referral id has one owner."""

    code = "referral_id_taken"


class AuditChainBroken(ProtocolError):
    """Check 9: the bundle's audit entries do not extend the chain the office holds."""

    code = "audit_chain_broken"


# --- receipts ---------------------------------------------------------------------------------------
class ReceiptInvalid(ProtocolError):
    """A receipt whose signature does not verify against the pinned receipt key."""

    code = "receipt_invalid"


class ReceiptMismatch(ProtocolError):
    """A valid receipt that is not about the bytes we hold (bundle id or blob hash differ)."""

    code = "receipt_mismatch"


# --- feed -------------------------------------------------------------------------------------------
class UnknownSigner(ProtocolError):
    """Signed by a key that root.json does not list for that role."""

    code = "unknown_signer"


class RevokedSigner(ProtocolError):
    """Signed by a key that root.json lists as revoked."""

    code = "revoked_signer"


class FeedSignatureInvalid(ProtocolError):
    """The feed signature does not verify."""

    code = "feed_signature_invalid"


class FeedRollback(ProtocolError):
    """A feed version lower than one already accepted."""

    code = "feed_rollback"


class FeedEquivocation(ProtocolError):
    """The same feed version as one already accepted, with different content."""

    code = "feed_equivocation"


class FeedExpired(ProtocolError):
    """The feed expired, judged against the later of the clock and the trusted-time floor."""

    code = "feed_expired"


class FeedValidityTooLong(ProtocolError):
    """A feed (even one signed by the real key) whose validity exceeds the cap, or ends before it starts."""

    code = "feed_validity_too_long"


class FileHashMismatch(ProtocolError):
    """A feed file whose bytes do not hash to the value the signed feed lists."""

    code = "file_hash_mismatch"


class SealedFileInvalid(ProtocolError):
    """A per-device sealed file that does not open for this device."""

    code = "sealed_file_invalid"


# --- enrolment --------------------------------------------------------------------------------------
class EnrolmentMacInvalid(ProtocolError):
    """An enrolment message whose HMAC under the one-time code does not verify."""

    code = "enrolment_mac_invalid"


class EnrolmentProofInvalid(ProtocolError):
    """The enrolment request is not signed by the signing key it offers."""

    code = "enrolment_proof_invalid"


ALL_ERRORS: tuple[type[ProtocolError], ...] = tuple(
    c for c in list(globals().values()) if isinstance(c, type) and issubclass(c, ProtocolError)
)


class UsbUnsafe(ProtocolError):
    """Base of the USB folder refusals: something in the folder is not a plain file or folder of ours."""

    code = "usb_unsafe"

    def __init__(self, message: str = "") -> None:
        super().__init__(f"{message} ({self.code})" if message else "")


class UsbSymlink(UsbUnsafe):
    """A file in a USB folder is a symbolic link (it could point at /dev/zero or outside the stick)."""

    code = "usb_symlink"


class UsbSymlinkedFolder(UsbUnsafe):
    """A folder inside a USB folder is a symbolic link (reads and writes would leave the stick)."""

    code = "usb_symlinked_folder"


class UsbNotAFile(UsbUnsafe):
    """A name in a USB folder is a FIFO, device, socket or folder where a regular file belongs."""

    code = "usb_not_a_file"


class UsbTooLarge(UsbUnsafe):
    """A file in a USB folder is larger than its declared size or the hard ceiling."""

    code = "usb_too_large"


class ManifestInvalid(ProtocolError):
    """A USB transfer manifest that is malformed, unsigned by its device, or disagrees with the files."""

    code = "manifest_invalid"


ALL_ERRORS = tuple(c for c in list(globals().values()) if isinstance(c, type) and issubclass(c, ProtocolError))
