# Labels of this fixture's own ids, each a long word: a fee's unit and a
# tool category.
fee-per-zollabfertigung = per Zollabfertigungsverfahrensvereinfachungsdurchführungsverordnungsänderungsgesetz
tool-category-zollabfertigung = Category Zollabfertigungsverfahrensvereinfachungsdurchführungsverordnungsänderungsgesetz
