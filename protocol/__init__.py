"""Wire formats shared by the post (app.sync) and the central office: canonical JSON, envelope, receipt, feed."""
