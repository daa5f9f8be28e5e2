# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Una frase para los resultados de búsqueda y las vistas previas de enlaces.
archetype-agency-body = Qué hace el organismo en la frontera y cuándo tienen que tratar con él los operadores.
archetype-agency-address = Calle, Ciudad
archetype-agency-hours = De lunes a viernes, de 8:00 a 17:00
archetype-exchange-rate-body = A qué mercancías y declaraciones se aplica el tipo, y de dónde procede.
archetype-fee-reason = El servicio por el que se cobra esta tasa (art. 6.1.2 del AFC).
archetype-fee-payment = Cómo y cuándo pagar.
archetype-fee-body = Quién paga, exenciones y ejemplos.
archetype-form-body = Quién lo cumplimenta, cuándo y dónde presentarlo.
archetype-legal-body = Qué regula el texto, a quién se aplica y sus principales disposiciones.
archetype-measure-body = Qué mercancías abarca, qué debe hacer el operador y dónde presentar la solicitud.
archetype-notice-body = Qué cambia, para quién y desde cuándo.
archetype-origin-proof = La prueba de origen que exige el acuerdo (Form D, declaración de origen).
archetype-origin-body = Dónde se publican las normas del acuerdo, y la norma general para los códigos no enumerados.
archetype-page-body = Redacte aquí la página, en Markdown.
archetype-procedure-summary = Qué hace el operador y qué obtiene, en una frase.
archetype-procedure-step = Primer paso: qué hace el operador o el funcionario
archetype-procedure-document = Factura comercial
archetype-procedure-body = A quién se aplica este procedimiento, qué preparar, errores y preguntas frecuentes. Consulte docs/content-kinds.md#procedures para ver todas las claves.
archetype-quota-body = Quién puede importar al amparo del contingente, y cómo solicitarlo.
archetype-ruling-goods = Las mercancías, tal como las describe la resolución.
archetype-ruling-body = La fundamentación: las reglas y notas que determinan la resolución.
archetype-tool-body = Qué es el instrumento y cómo lo aplica esta administración.
archetype-translation-body = Traduzca aquí el texto de { $original }: su título, descripción, campos de texto y cuerpo. Los datos (códigos, importes, fechas, referencias) se toman del original; no los incluya.
