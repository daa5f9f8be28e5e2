# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Валюта бағамы
kind-plural-exchange-rate = Кедендік бағалауға арналған валюта бағамдары
tariff-col-excise = Акциз
tariff-col-vat = ҚҚС
xrate-currency = Валюта
xrate-rate = Бір бірлікке { $currency }
xrate-in-force-current = Қолданыстағы бағамдар
xrate-in-force-since = Қолданыстағы бағамдар ({ $date } күнінен бастап)
xrate-next = Келесі бағам
xrate-history = Уақыт бойынша бағамдар
xrate-state-past = Бұрынғы
xrate-state-in_force = Қолданыста
xrate-state-scheduled = Жоспарланған
calc-title = Баждар мен салықтарды есептеу
calc-estimate = Бұл есептеу емес, болжам ғана: кеден баждар мен салықтарды декларация бойынша есептейді. Оған демпингке қарсы және арнайы қорғау баждары, алымдар және тауарлар құқылы болуы мүмкін жеңілдіктер кірмейді.
calc-value = Кедендік құн
calc-currency = Валюта
calc-quantity = Саны ({ $unit })
calc-regime = Баж мөлшерлемесі
calc-submit = Есептеу
calc-col-step = Қадам
calc-col-formula = Есептеу жолы
calc-col-amount = Сома
calc-step-value = { $currency } бойынша кедендік құн
calc-step-duty = Баж ({ $regime })
calc-step-total = Баждар мен салықтар
calc-example = Мысал: кедендік құны { $value } { $currency } және { $quantity } { $unit }, { $regime } мөлшерлемесімен
calc-yours = Сіздің тауарыңыз: кедендік құны { $value } { $currency } және { $quantity } { $unit }, { $regime } мөлшерлемесімен
calc-total = Болжамды баждар мен салықтар: { $amount }
calc-at-least = кемінде
calc-at-most = көп дегенде
calc-invalid = Кедендік құн мен санды цифрмен енгізіңіз.
calc-no-rate = Бұл күнге { $currency } үшін валюта бағамы жоқ.
tariff-tax-waived = { $regimes } мөлшерлемесі бойынша алынбайды
calc-multiple = { $one } { $word } = { $times } { $currency }: кедендік құнды { $currency } валютасында енгізіңіз.
calc-rates-link = Кедендік бағалауда қолданылатын валюта бағамдары

change-exchange-rate = { $when ->
    [dated] { $title }: бағам { $date } күні { $old } орнына { $new } болады
   *[other] { $title }: бағам { $old } орнына { $new } болды
}
change-exchange-rate-revised = { $title }: { $date } күнінен бастап бағам енді { $new }, { $old } емес
change-exchange-rate-moved = { $title }: { $new } бағамы енді { $date } күнінен бастап қолданылады, { $was } емес
change-exchange-rate-withdrawn = { $title }: { $date } күні бағамды { $new } етіп өзгерту тоқтатылды

kind-origin = Шығу тегі ережелері
kind-plural-origin = Шығу тегі ережелері
origin-rule = Шығу тегі ережесі
origin-rules = Тауарлық ережелер
origin-proof = Шығу тегінің дәлелі
origin-agreement = Келісім
origin-column = Преференциялық мөлшерлеме
origin-or = немесе
origin-and = және
origin-term-wo = толық алынған
origin-term-pe = толығымен шығу тегі бар материалдардан өндірілген
origin-term-cc = топтың өзгеруі
origin-term-cth = тауар позициясының өзгеруі
origin-term-ctsh = тауар субпозициясының өзгеруі
origin-term-rvc = өңірлік құн үлесі кемінде { $percent }%

kind-quota = Тарифтік квота
kind-plural-quota = Тарифтік квоталар
quota-order = Тапсырыс нөмірі
quota-balance = { $date } күнгі қалдық
quota-volume = Көлем
quota-in = Квота шегіндегі мөлшерлеме
quota-out = Квотадан тыс мөлшерлеме
quota-period = Квота кезеңі
quota-period-dates = { $from } – { $to }
quota-allocation = Бөлу
quota-allocation-first-come-first-served = Кезек бойынша
quota-allocation-licence = Импорт лицензиялары
quota-allocation-historical = Бұрынғы импорт бойынша үлестер
quota-allocation-auction = Аукцион
quota-state-open = Ашық
quota-state-exhausted = Таусылды
quota-state-closed = Жабық
quota-history = Уақыт бойынша қалдық
change-quota-balance = { $when ->
    [dated] { $title }: қалдық { $date } күні { $old } орнына { $new } болады
   *[other] { $title }: қалдық { $old } орнына { $new } болды
}
change-quota-balance-revised = { $title }: { $date } күнінен бастап қалдық енді { $new }, { $old } емес
change-quota-balance-moved = { $title }: { $new } қалдығы енді { $date } күнінен бастап қолданылады, { $was } емес
change-quota-balance-withdrawn = { $title }: { $date } күнінен бастап { $new } қалдығы кері қайтарылды

kind-ruling = Алдын ала шешім
kind-plural-ruling = Міндетті алдын ала шешімдер
ruling-number = Шешім нөмірі
ruling-issued = Берілген күні
ruling-goods = Тауарлар
ruling-type-classification = Сыныптау
ruling-type-origin = Шығу тегі
ruling-type-valuation = Құн
ruling-valid = Күшінде
ruling-valid-until = { $date } дейін күшінде
ruling-expired = { $date } күні мерзімі өтті
