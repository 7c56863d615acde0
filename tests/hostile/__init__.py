"""Generators of hostile inputs (models, templates, documents, data sets), kept as a corpus that grows with
every defect found."""
