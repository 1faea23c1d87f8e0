"""The central office service: receives bundles, issues receipts, publishes the updates feed."""
