# The example texts `kb new` writes into a new file, in the file's language
# (archetypes' `{{text:NAME}}` is `archetype-NAME`). Each is meant to be
# replaced: `kb check` warns where one is left (code `placeholder`). Keys,
# codes and the archetypes' comments stay in English, as kb.toml's do.
# Review: machine-drafted, not yet reviewed by a native speaker.

archetype-description = د لټون د پایلو او د لینکونو د مخکتنې لپاره یوه جمله.
archetype-agency-body = دا اداره په سرحد کې څه کوي او سوداګر کله ورسره سروکار لري.
archetype-agency-address = سړک، ښار
archetype-agency-hours = له دوشنبې تر جمعې، له ۰۸:۰۰ څخه تر ۱۷:۰۰ پورې
archetype-exchange-rate-body = دا نرخ پر کومو توکو او اظهارنامو پلي کېږي، او له کومې سرچینې اخیستل شوی.
archetype-fee-reason = هغه خدمت چې دا فیس یې په بدل کې اخیستل کېږي (د سوداګرۍ د اسانتیا د تړون ۶.۱.۲ ماده).
archetype-fee-payment = څنګه او کله تادیه وشي.
archetype-fee-body = څوک یې ورکوي، معافیتونه او بېلګې.
archetype-form-body = څوک یې ډکوي، کله، او چېرته سپارل کېږي.
archetype-legal-body = دا متن څه تنظیموي، پر چا پلي کېږي، او اصلي حکمونه یې.
archetype-measure-body = کوم توکي پکې شامل دي، سوداګر باید څه وکړي، او غوښتنه چېرته وسپارل شي.
archetype-notice-body = څه بدلېږي، د چا لپاره، او له کومې نېټې.
archetype-origin-proof = هغه د مبدا ثبوت چې تړون یې غواړي (Form D، د مبدا اظهارنامه).
archetype-origin-body = د تړون د مبدا قواعد چېرته خپاره شوي، او د هغو کوډونو لپاره عمومي قاعده چې په لېست کې نه دي.
archetype-page-body = پاڼه دلته په Markdown ولیکئ.
archetype-procedure-summary = سوداګر څه کوي او څه ترلاسه کوي، په یوه جمله کې.
archetype-procedure-step = لومړی پړاو: سوداګر یا مامور څه کوي
archetype-procedure-document = تجارتي انوایس
archetype-procedure-body = دا طرزالعمل پر چا پلي کېږي، څه باید چمتو شي، عامې تېروتنې او پوښتنې. د ټولو کلیدونو لپاره docs/content-kinds.md#procedures وګورئ.
archetype-quota-body = څوک کولای شي د دې کوټې له مخې واردات وکړي، او غوښتنه څنګه وسپارل شي.
archetype-ruling-goods = توکي، لکه څنګه چې پرېکړه یې تشریح کوي.
archetype-ruling-body = استدلال: هغه قواعد او یادښتونه چې پرېکړه ټاکي.
archetype-tool-body = دا سند څه دی او دا اداره یې څنګه پلي کوي.
archetype-translation-body = د { $original } متن دلته وژباړئ: سرلیک، تشریح، متني ساحې او متن یې. معلومات (کوډونه، اندازې، نېټې، ماخذونه) له اصلي فایل څخه اخیستل کېږي؛ هغه مه لیکئ.
