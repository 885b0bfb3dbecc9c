"""Drawing with QtGui only (QImage, QPainter; no widgets): shared by the views and by the CLI,
which must not import the views (pyproject: "CLI never imports views")."""
