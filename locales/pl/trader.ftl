# What traders compute (issue 20): the duty and tax calculator on each
# tariff line's page, exchange rates for customs valuation, tax columns.
# Review: machine-drafted, not yet reviewed by a native speaker.

kind-exchange-rate = Kurs wymiany
kind-plural-exchange-rate = Kursy wymiany do celów ustalania wartości celnej
tariff-col-excise = Akcyza
tariff-col-vat = VAT

xrate-currency = Waluta
xrate-rate = { $currency } za jednostkę
# Beside the exchange rates when the first day of the value in force is not known.
xrate-in-force-current = Obowiązujące kursy
# The same with the latest first day of a value in force, not the build's date:
# the page then stays the same from day to day until what is in force changes.
xrate-in-force-since = Kursy obowiązujące od { $date }
xrate-next = Następny kurs
xrate-history = Kursy w czasie
xrate-state-past = Poprzedni
xrate-state-in_force = Obowiązujący
xrate-state-scheduled = Zaplanowany

calc-title = Szacunkowe obliczenie cła i podatków
calc-estimate = Jest to szacunek, a nie wymiar należności: cło i podatki ustala organ celny na podstawie zgłoszenia celnego. Szacunek nie obejmuje ceł antydumpingowych i ochronnych, opłat ani ulg, do których towary mogą być uprawnione.
calc-value = Wartość celna
calc-currency = Waluta
calc-quantity = Ilość ({ $unit })
calc-regime = Stawka celna
calc-submit = Oblicz
calc-col-step = Krok
calc-col-formula = Obliczenie
calc-col-amount = Kwota
calc-step-value = Wartość celna w { $currency }
calc-step-duty = Cło ({ $regime })
calc-step-total = Cło i podatki
calc-example = Przykład: wartość celna { $value } { $currency } i ilość { $quantity } { $unit }, według stawki { $regime }
calc-yours = Twoje towary: wartość celna { $value } { $currency } i ilość { $quantity } { $unit }, według stawki { $regime }
calc-total = Szacunkowa kwota cła i podatków: { $amount }
calc-at-least = co najmniej
calc-at-most = co najwyżej
calc-invalid = Wpisz wartość celną i ilość jako liczby.
calc-no-rate = Brak kursu wymiany dla { $currency } na ten dzień.
tariff-tax-waived = Nie pobiera się według stawki { $regimes }
calc-multiple = { $one } { $word } = { $times } { $currency }: wpisz wartość celną w { $currency }.
calc-rates-link = Kursy wymiany stosowane do ustalania wartości celnej

change-exchange-rate = { $when ->
    [dated] { $title }: kurs zmienia się z { $old } na { $new } z dniem { $date }
   *[other] { $title }: zmieniono kurs z { $old } na { $new }
}
change-exchange-rate-revised = { $title }: kurs od { $date } wyniesie { $new }, a nie { $old }
change-exchange-rate-moved = { $title }: kurs { $new } obowiązuje teraz od { $date }, a nie od { $was }
change-exchange-rate-withdrawn = { $title }: wycofano zmianę kursu na { $new } z dniem { $date }

kind-origin = Reguły pochodzenia
kind-plural-origin = Reguły pochodzenia
origin-rule = Reguła pochodzenia
origin-rules = Reguły dotyczące poszczególnych produktów
origin-proof = Dowód pochodzenia
origin-agreement = Umowa
origin-column = Stawka preferencyjna
origin-or = lub
origin-and = i
origin-term-wo = całkowicie uzyskane
origin-term-pe = wytworzone wyłącznie z materiałów pochodzących
origin-term-cc = zmiana działu
origin-term-cth = zmiana pozycji taryfowej
origin-term-ctsh = zmiana podpozycji taryfowej
origin-term-rvc = regionalna zawartość wartościowa co najmniej { $percent }%

kind-quota = Kontyngent taryfowy
kind-plural-quota = Kontyngenty taryfowe
quota-order = Numer porządkowy
quota-balance = Saldo na dzień { $date }
quota-volume = Wielkość
quota-in = Stawka w ramach kontyngentu
quota-out = Stawka poza kontyngentem
quota-period = Okres kontyngentowy
quota-period-dates = od { $from } do { $to }
quota-allocation = Przydział
quota-allocation-first-come-first-served = Według kolejności przyjmowania zgłoszeń
quota-allocation-licence = Pozwolenia na przywóz
quota-allocation-historical = Udziały według wcześniejszego przywozu
quota-allocation-auction = Aukcja
quota-state-open = Otwarty
quota-state-exhausted = Wyczerpany
quota-state-closed = Zamknięty
quota-history = Saldo w czasie
change-quota-balance = { $when ->
    [dated] { $title }: saldo zmienia się z { $old } na { $new } z dniem { $date }
   *[other] { $title }: saldo zmieniło się z { $old } na { $new }
}
change-quota-balance-revised = { $title }: saldo od { $date } wynosi teraz { $new }, a nie { $old }
change-quota-balance-moved = { $title }: saldo { $new } obowiązuje teraz od { $date }, a nie od { $was }
change-quota-balance-withdrawn = { $title }: wycofano saldo { $new } od { $date }

kind-ruling = Wiążąca informacja
kind-plural-ruling = Wiążące informacje
ruling-number = Numer decyzji
ruling-issued = Data wydania
ruling-goods = Towary
ruling-type-classification = Klasyfikacja taryfowa
ruling-type-origin = Pochodzenie
ruling-type-valuation = Wartość celna
ruling-valid = Ważna
ruling-valid-until = Ważna do { $date }
ruling-expired = Wygasła { $date }
