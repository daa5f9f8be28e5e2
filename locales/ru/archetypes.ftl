# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = Одно предложение для результатов поиска и превью ссылок.
archetype-agency-body = Чем занимается ведомство на границе и в каких случаях к нему обращаются участники торговли.
archetype-agency-address = Улица, город
archetype-agency-hours = Понедельник — пятница, 08:00–17:00
archetype-exchange-rate-body = К каким товарам и декларациям применяется курс и каков его источник.
archetype-fee-reason = Услуга, за которую взимается сбор (ст. 6.1.2 СУПТ ВТО).
archetype-fee-payment = Порядок и сроки уплаты.
archetype-fee-body = Кто уплачивает сбор, освобождение от уплаты и примеры.
archetype-form-body = Кто заполняет форму, когда и куда её подавать.
archetype-legal-body = Что регулирует акт, на кого распространяется, его основные положения.
archetype-measure-body = На какие товары распространяется мера, что должен сделать участник торговли и куда обращаться.
archetype-notice-body = Что меняется, для кого и с какой даты.
archetype-origin-proof = Подтверждение происхождения, которого требует соглашение (сертификат Form D, декларация о происхождении).
archetype-origin-body = Где опубликованы правила соглашения и какое общее правило действует для кодов, не указанных в перечне.
archetype-page-body = Напишите текст страницы здесь, в формате Markdown.
archetype-procedure-summary = Что делает и что получает участник торговли — одним предложением.
archetype-procedure-step = Первый этап: что делает участник торговли или должностное лицо
archetype-procedure-document = Счёт-фактура (инвойс)
archetype-procedure-body = Кого касается процедура, что подготовить, типичные ошибки и вопросы. Все поля описаны в docs/content-kinds.md#procedures.
archetype-quota-body = Кто может ввозить товары в рамках квоты и как подать заявку.
archetype-ruling-goods = Товар в том виде, как он описан в решении.
archetype-ruling-body = Обоснование: правила и примечания, на основании которых принято решение.
archetype-tool-body = Что представляет собой инструмент и как его применяет данная администрация.
archetype-translation-body = Переведите здесь текст файла { $original }: заголовок, описание, текстовые поля и основной текст. Данные (коды, суммы, даты, ссылки) берутся из оригинала; не указывайте их.
