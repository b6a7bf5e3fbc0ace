"""The slide kinds' parts of the content schema, one module a kind (``idea_cards``: a
cycle's big ideas as cards), on the content layer: the content model imports them and each
kind imports its own from here, so loading content runs nothing of ``lessonpack.kinds``
(importing ``kinds.<kind>.content`` would run the kind's package, and the kinds' shared
modules with it, while the content model is still loading)."""
