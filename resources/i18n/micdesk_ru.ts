<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About micdesk</source>
        <translation>О программе micdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Отчётность по плану работы ЮНИДО со странами со средним уровнем дохода, без подключения к сети.&lt;/p&gt;&lt;p&gt;Папка данных: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This installation signs final returns with key %1.</source>
        <translation>Эта установка подписывает окончательные отчёты ключом %1.</translation>
    </message>
</context>
<context>
    <name>AreaForm</name>
    <message>
        <source>Context of this work-plan row</source>
        <translation>Контекст этой строки плана работы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>UNIDO tools</source>
        <translation>Инструменты ЮНИДО</translation>
    </message>
    <message>
        <source>Role of MIC governments</source>
        <translation>Роль правительств СрУД</translation>
    </message>
    <message>
        <source>Main outcomes</source>
        <translation>Основные результаты</translation>
    </message>
    <message>
        <source>UNIDO MIC-specific outputs</source>
        <translation>Мероприятия ЮНИДО для СрУД</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>Показатели успешности</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Описательная часть</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>%1: %2 of %3 cells filled, %4, %5</source>
        <translation>%1: заполнено ячеек — %2 из %3; %4; %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln предупреждение</numerusform>
            <numerusform>%Ln предупреждения</numerusform>
            <numerusform>%Ln предупреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskContributorDialog</name>
    <message>
        <source>Ask a contributor</source>
        <translation>Запросить данные у участника</translation>
    </message>
    <message>
        <source>&amp;Whom to ask:</source>
        <translation>&amp;У кого запросить:</translation>
    </message>
    <message>
        <source>e.g. Ministry of Environment</source>
        <translation>например, Министерство окружающей среды</translation>
    </message>
    <message>
        <source>&amp;Indicators they report on:</source>
        <translation>&amp;Показатели, по которым они отчитываются:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Книга участника</translation>
    </message>
    <message>
        <source>&amp;Write the workbook</source>
        <translation>&amp;Записать книгу</translation>
    </message>
    <message>
        <source>Say whom you ask (a ministry or office).</source>
        <translation>Укажите, у кого запрашиваете данные (министерство или ведомство).</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>Отметьте хотя бы один показатель.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Ничего не записано: %1</translation>
    </message>
    <message>
        <source>Written: %1. Send it to %2; load it back when it returns.</source>
        <translation>Записано: %1. Отправьте его: %2; загрузите, когда он вернётся.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong (%1). The details are in the log: Help → Open the log folder.</source>
        <translation>Что-то пошло не так (%1). Подробности — в журнале: Справка → Открыть папку журнала.</translation>
    </message>
</context>
<context>
    <name>BreakdownGrid</name>
    <message>
        <source>paste into the breakdown</source>
        <translation>вставка в разбивку</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) fell outside the breakdown and were left out</source>
        <translation>
            <numerusform>%Ln значение не поместилось в разбивку и пропущено</numerusform>
            <numerusform>%Ln значения не поместились в разбивку и пропущены</numerusform>
            <numerusform>%Ln значений не поместились в разбивку и пропущены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) could not be read as numbers</source>
        <translation>
            <numerusform>%Ln значение не удалось прочитать как число</numerusform>
            <numerusform>%Ln значения не удалось прочитать как числа</numerusform>
            <numerusform>%Ln значений не удалось прочитать как числа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 of %Ln value(s): %2.</source>
        <translation>
            <numerusform>Вставлено %1 из %Ln значения; %2.</numerusform>
            <numerusform>Вставлено %1 из %Ln значений; %2.</numerusform>
            <numerusform>Вставлено %1 из %Ln значений; %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>The country you report on. Type part of its name, in this language or in English, or its ISO code.</source>
        <translation>Страна, о которой вы отчитываетесь. Введите часть её названия — на этом языке или по-английски — или её код ISO.</translation>
    </message>
    <message>
        <source>No country matches: type part of its name or its code.</source>
        <translation>Страна не найдена: введите часть названия или код.</translation>
    </message>
    <message>
        <source>Choose your country in the list to go on.</source>
        <translation>Чтобы продолжить, выберите страну в списке.</translation>
    </message>
    <message>
        <source>e.g. %1, Kenya or KEN</source>
        <translation>например, %1, Kenya или KEN</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Поиск страны</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>micdesk: the data file is damaged</source>
        <translation>micdesk: файл данных повреждён</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>Самая свежая исправная резервная копия создана %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Нет исправной резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</source>
        <translation>Проверка SQLite обнаружила повреждения в %1. Можно восстановить самую свежую исправную резервную копию (повреждённый файл сохраняется в папке резервных копий) или открыть данные только для чтения и экспортировать то, что ещё читается.</translation>
    </message>
    <message>
        <source>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</source>
        <translation>Файл данных %1 пуст или отсутствует, но в папке резервных копий есть прежние данные. Чтобы продолжить, восстановите последнюю исправную резервную копию; ни одна копия не удалена.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Восстановить самую свежую копию</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>DisaggregationModel</name>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</source>
        <translation>Ваше изменение в %1 не сохранено: %2. Форма показывает сохранённые данные; введите изменение ещё раз, когда диск будет готов.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>в папку данных нельзя записывать</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>диск сообщил об ошибке</translation>
    </message>
    <message>
        <source>the disk refused it (%1)</source>
        <translation>диск отказал (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>Экспорт: %1 %2</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Файл экспорта</translation>
    </message>
    <message>
        <source>&amp;Draft — can be written at any time; says DRAFT on its cover</source>
        <translation>&amp;Проект — можно создать в любой момент; на титульном листе помечен DRAFT (проект)</translation>
    </message>
    <message>
        <source>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</source>
        <translation>П&amp;редставить в ЮНИДО — окончательный: без ошибок и с комментарием к каждому предупреждению</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Ошибки и предупреждения</translation>
    </message>
    <message>
        <source>Export submission</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF of the exported workbook, to print and sign: the same rows and hash.</source>
        <translation>PDF экспортированной книги для печати и подписи: те же строки и тот же хеш.</translation>
    </message>
    <message>
        <source>Export first: the PDF shows the exported workbook, with its hash.</source>
        <translation>Сначала выполните экспорт: PDF показывает экспортированную книгу с её хешем.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>&amp;Копировать путь</translation>
    </message>
    <message>
        <source>Open the por&amp;tal</source>
        <translation>Открыть пор&amp;тал</translation>
    </message>
    <message>
        <source>%1 of %2 values filled (%3%).</source>
        <translation>Заполнено %1 из %2 значений (%3%).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) to fix.</source>
        <translation>
            <numerusform>%Ln ошибку нужно исправить.</numerusform>
            <numerusform>%Ln ошибки нужно исправить.</numerusform>
            <numerusform>%Ln ошибок нужно исправить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain in a comment.</source>
        <translation>
            <numerusform>%Ln предупреждение нужно пояснить в комментарии.</numerusform>
            <numerusform>%Ln предупреждения нужно пояснить в комментарии.</numerusform>
            <numerusform>%Ln предупреждений нужно пояснить в комментарии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill, or to explain for a final export.</source>
        <translation>
            <numerusform>%Ln обязательное значение нужно заполнить или пояснить для окончательного экспорта.</numerusform>
            <numerusform>%Ln обязательных значения нужно заполнить или пояснить для окончательного экспорта.</numerusform>
            <numerusform>%Ln обязательных значений нужно заполнить или пояснить для окончательного экспорта.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final export needs every error fixed and every warning explained: %1</source>
        <translation>Для окончательного экспорта нужно исправить все ошибки и пояснить все предупреждения: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) left.</source>
        <translation>
            <numerusform>осталась %Ln ошибка.</numerusform>
            <numerusform>осталось %Ln ошибки.</numerusform>
            <numerusform>осталось %Ln ошибок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) left.</source>
        <translation>
            <numerusform>осталось %Ln предупреждение.</numerusform>
            <numerusform>осталось %Ln предупреждения.</numerusform>
            <numerusform>осталось %Ln предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>“%1” exists already in %2. Replace it?</source>
        <translation>«%1» уже есть в папке %2. Заменить его?</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>Вопросы ЮНИДО</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</source>
        <translation>
            <numerusform>%Ln вопрос ЮНИДО по этому отчёту без ответа. Сначала ответить рядом с полем или отметить «ответ позже» и экспортировать сейчас?</numerusform>
            <numerusform>%Ln вопроса ЮНИДО по этому отчёту без ответа. Сначала ответить рядом с полями или отметить «ответ позже» и экспортировать сейчас?</numerusform>
            <numerusform>%Ln вопросов ЮНИДО по этому отчёту без ответа. Сначала ответить рядом с полями или отметить «ответ позже» и экспортировать сейчас?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “will answer later” and export</source>
        <translation>Отметить «ответ позже» и экспортировать</translation>
    </message>
    <message>
        <source>Answer them first</source>
        <translation>Сначала ответить</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>Exported revision %1 (%2) to %3.</source>
        <translation>Редакция %1 (%2) экспортирована в %3.</translation>
    </message>
    <message>
        <source>Removed characters that Excel cannot hold: %1</source>
        <translation>Удалены символы, недопустимые в Excel: %1</translation>
    </message>
    <message>
        <source>Next step: your file is “%1” in the folder %2.</source>
        <translation>Следующий шаг: ваш файл — «%1» в папке %2.</translation>
    </message>
    <message>
        <source>Upload this file to %1, as it is: do not open and re-save it in Excel.</source>
        <translation>Загрузите этот файл как есть на %1: не открывайте и не пересохраняйте его в Excel.</translation>
    </message>
    <message>
        <source>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</source>
        <translation>Отправьте этот файл в ЮНИДО как есть: не открывайте и не пересохраняйте его в Excel.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Ничего не записано. %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>PDF не сохранён: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF (%Ln page(s)) to %1.</source>
        <translation>
            <numerusform>PDF сохранён (%Ln страница): %1.</numerusform>
            <numerusform>PDF сохранён (%Ln страницы): %1.</numerusform>
            <numerusform>PDF сохранён (%Ln страниц): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFindingsModel</name>
    <message>
        <source>Error in %1: %2</source>
        <translation>Ошибка в %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Предупреждение в %1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Comment (explains a warning)</source>
        <translation>Комментарий (поясняет предупреждение)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To do in %1: enter the figure, or NA, NE or C.</source>
        <translation>Нужно заполнить %1: введите значение или NA, NE или C.</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Ошибка в %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Предупреждение в %1: %2</translation>
    </message>
    <message>
        <source>Explained in %1: %2</source>
        <translation>Пояснено в %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to micdesk</source>
        <translation>Добро пожаловать в micdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FocalPointPage</name>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</source>
        <translation>Адрес электронной почты не полон: нужны имя, @ и домен, например name@ministry.go.ke. Или оставьте поле пустым и добавьте адрес позже.</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Shown on the cover of every submission you export.</source>
        <translation>Указывается на титульном листе каждого экспортируемого отчёта.</translation>
    </message>
    <message>
        <source>Focal point na&amp;me:</source>
        <translation>&amp;Имя координатора:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Имя координатора</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
</context>
<context>
    <name>FormatLocaleDialog</name>
    <message>
        <source>Number and date format</source>
        <translation>Формат чисел и дат</translation>
    </message>
    <message>
        <source>&amp;Write numbers and dates as in:</source>
        <translation>&amp;Записывать числа и даты как в:</translation>
    </message>
    <message>
        <source>Automatic: as the system (%1)</source>
        <translation>Автоматически: как в системе (%1)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</source>
        <translation>Меняется только то, как числа и даты показываются и вводятся, но не язык интерфейса. Введённые данные сохраняются точно, каким бы ни был формат.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>micdesk user guide</source>
        <translation>Руководство пользователя micdesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>&amp;Reword the reason of the latest changes…</source>
        <translation>&amp;Изменить причину последних изменений…</translation>
    </message>
    <message>
        <source>Changes of %1, oldest first:</source>
        <translation>Изменения %1, начиная с самых ранних:</translation>
    </message>
    <message>
        <source>%1 has not been changed yet.</source>
        <translation>Значение %1 ещё не изменялось.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <source>micdesk — UNIDO: consolidate returns</source>
        <translation>micdesk — ЮНИДО: сводка отчётов</translation>
    </message>
    <message>
        <source>Returns &amp;folder:</source>
        <translation>&amp;Папка отчётов:</translation>
    </message>
    <message>
        <source>A folder of returns (.xlsx); you can drop it here</source>
        <translation>Папка с отчётами (.xlsx); её можно перетащить сюда</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Accept &amp;edited files</source>
        <translation>Принимать &amp;изменённые файлы</translation>
    </message>
    <message>
        <source>Also consolidate files changed by hand after export (still marked edited)</source>
        <translation>Включать в сводку и файлы, изменённые вручную после экспорта (они по-прежнему помечены как изменённые)</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>&amp;Свести</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Open the consolidated workbook</source>
        <translation>&amp;Открыть сводную книгу</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Check a template</source>
        <translation>Проверить шаблон</translation>
    </message>
    <message>
        <source>Filter by file, country, period or reason</source>
        <translation>Фильтр по файлу, стране, периоду или причине</translation>
    </message>
    <message>
        <source>A template workbook an author is editing</source>
        <translation>Книга шаблона, которую редактирует автор</translation>
    </message>
    <message>
        <source>Check a &amp;template…</source>
        <translation>Проверить &amp;шаблон…</translation>
    </message>
    <message>
        <source>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</source>
        <translation>Да/нет: число стран, ответивших «да». Числа: сумма по странам. Накопительные: сумма последних значений каждой страны, а не сумма по периодам. Проценты не суммируются. NA, NE и C перечисляются и никогда не считаются нулём.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполный</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>устаревший</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>повреждён</translation>
    </message>
    <message>
        <source>Folder of returns</source>
        <translation>Папка отчётов</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder of returns.</source>
        <translation>«%1» — не папка: выберите папку отчётов.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Чтение отчётов…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 из %Ln файла</numerusform>
            <numerusform>%1 из %Ln файлов</numerusform>
            <numerusform>%1 из %Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>None of the files is a readable micdesk return; nothing was written.</source>
        <translation>Ни один файл не является читаемым отчётом micdesk; ничего не записано.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Не удалось записать книгу: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.</source>
        <translation>
            <numerusform>Прочитан %Ln файл, сведено: %1, с замечаниями: %2; записано в %3.</numerusform>
            <numerusform>Прочитано %Ln файла, сведено: %1, с замечаниями: %2; записано в %3.</numerusform>
            <numerusform>Прочитано %Ln файлов, сведено: %1, с замечаниями: %2; записано в %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: template “%1” version %2, %Ln indicator(s).</source>
        <translation>
            <numerusform>Корректен: шаблон «%1», версия %2, %Ln показатель.</numerusform>
            <numerusform>Корректен: шаблон «%1», версия %2, %Ln показателя.</numerusform>
            <numerusform>Корректен: шаблон «%1», версия %2, %Ln показателей.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%1 из %2 «да»</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Книга шаблона</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>Книгу невозможно прочитать: %1</translation>
    </message>
    <message>
        <source>Problems found: %1. The template cannot be imported as it is.</source>
        <translation>Найдено проблем: %1. Шаблон нельзя импортировать в таком виде.</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>Hint, breakdown, comment, source, follow-up, trend and history</source>
        <translation>Подсказка, разбивка, комментарий, источник, отметка, динамика и история</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>Подробности %1</translation>
    </message>
    <message>
        <source>Blank is not zero: choose NA, NE or C when there is no figure.</source>
        <translation>Пусто — не ноль: если цифры нет, выберите NA, NE или C.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</source>
        <translation>&lt;b&gt;Условное обозначение&lt;/b&gt;: что указать, когда цифры нет (пустая ячейка — не ноль).&lt;br&gt;&lt;b&gt;NA — неприменимо&lt;/b&gt;: показатель не относится к вашей стране в этом периоде.&lt;br&gt;&lt;b&gt;NE — не оценено&lt;/b&gt;: показатель применим, но цифры нет или её не удалось оценить.&lt;br&gt;&lt;b&gt;C — конфиденциально&lt;/b&gt;: цифра есть, но её нельзя раскрыть.&lt;br&gt;Ячейка содержит значение или код, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Значение %1</translation>
    </message>
    <message>
        <source>%1 notation key</source>
        <translation>Код обозначения %1</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>Комментарий к %1</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>Источник %1</translation>
    </message>
    <message>
        <source>%1 follow up</source>
        <translation>%1 требует внимания</translation>
    </message>
    <message>
        <source>%1 breakdown</source>
        <translation>Разбивка %1</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— нет ответа —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Предыдущий период (%1): %2</translation>
    </message>
    <message>
        <source>Prev. (%1): %2</source>
        <translation>Пред. (%1): %2</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>Исходный уровень (%1): %2</translation>
    </message>
    <message>
        <source>Base. (%1): %2</source>
        <translation>Исх. (%1): %2</translation>
    </message>
    <message>
        <source>Tgt. (%1): %2</source>
        <translation>Цель (%1): %2</translation>
    </message>
    <message>
        <source>Details •</source>
        <translation>Подробнее •</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>Нужно пояснить</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Пояснено</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>Целевое значение (%1): %2</translation>
    </message>
    <message>
        <source>No figure?</source>
        <translation>Нет значения?</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (converted to this version)</source>
        <translation>Предыдущий период (%1): %2 (пересчитано для этой версии)</translation>
    </message>
    <message>
        <source>Enter the breakdown: the cells must add up to the total.</source>
        <translation>Введите разбивку: сумма ячеек должна равняться итогу.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1: it does not match the total %2.</source>
        <translation>Сумма разбивки — %1: она не совпадает с итогом %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1.</source>
        <translation>Сумма разбивки — %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it like %2, or NA, NE or C.</source>
        <translation>«%1» — не число. Введите его в виде %2 или NA, NE либо C.</translation>
    </message>
    <message>
        <source>Enter a whole number, not %1.</source>
        <translation>Введите целое число, а не %1.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language micdesk speaks and shows the work plan in.</source>
        <translation>Язык интерфейса micdesk и плана работы.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>LoadContributionDialog</name>
    <message>
        <source>Load a contributor&apos;s workbook</source>
        <translation>Загрузить книгу участника</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Книга:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Книга участника</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Load the valid values</source>
        <translation>&amp;Загрузить допустимые значения</translation>
    </message>
    <message>
        <source>Where a value differs from yours:</source>
        <translation>Если значение отличается от вашего:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их значение</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: not back yet</source>
        <translation>Запрошено у %1 %2: ещё не вернулось</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: back on %3</source>
        <translation>Запрошено у %1 %2: вернулось %3</translation>
    </message>
    <message>
        <source>No contributor has been asked yet.</source>
        <translation>Ещё ни у одного участника ничего не запрашивалось.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Ничего не загружено: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.</source>
        <translation>
            <numerusform>От %1: %Ln значение к загрузке, недопустимых — %2, отличающихся от ваших — %3.</numerusform>
            <numerusform>От %1: %Ln значения к загрузке, недопустимых — %2, отличающихся от ваших — %3.</numerusform>
            <numerusform>От %1: %Ln значений к загрузке, недопустимых — %2, отличающихся от ваших — %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid cells (not loaded)</source>
        <translation>Недопустимые ячейки (не загружены)</translation>
    </message>
    <message>
        <source>Values that differ from yours</source>
        <translation>Значения, отличающиеся от ваших</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Новые значения</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) from %1.</source>
        <translation>
            <numerusform>Загружено %Ln значение от %1.</numerusform>
            <numerusform>Загружено %Ln значения от %1.</numerusform>
            <numerusform>Загружено %Ln значений от %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Load a submission</source>
        <translation>Загрузка отчёта</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Книга:</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>Книга отчёта</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Прочитать</translation>
    </message>
    <message>
        <source>The file was edited after export. Load it anyway (every change is listed above).</source>
        <translation>Файл изменялся после экспорта. Всё равно загрузить (все изменения перечислены выше).</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Оставить все мои</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>Вз&amp;ять все из файла</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Изменения и конфликты</translation>
    </message>
    <message>
        <source>Choose a submission workbook: nothing changes until you load it.</source>
        <translation>Выберите книгу отчёта: до загрузки ничего не изменится.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.</source>
        <translation>
            <numerusform>%1 (%2), период %3, редакция %4 (%5), экспортирован %6: %Ln новое значение, %7, %8.</numerusform>
            <numerusform>%1 (%2), период %3, редакция %4 (%5), экспортирован %6: %Ln новых значения, %7, %8.</numerusform>
            <numerusform>%1 (%2), период %3, редакция %4 (%5), экспортирован %6: %Ln новых значений, %7, %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln конфликт</numerusform>
            <numerusform>%Ln конфликта</numerusform>
            <numerusform>%Ln конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already the same</source>
        <translation>
            <numerusform>%Ln уже совпадает</numerusform>
            <numerusform>%Ln уже совпадают</numerusform>
            <numerusform>%Ln уже совпадают</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) and %1; %2; %3.</source>
        <translation>
            <numerusform>Загружено: %Ln значение и %1; %2; %3.</numerusform>
            <numerusform>Загружено: %Ln значения и %1; %2; %3.</numerusform>
            <numerusform>Загружено: %Ln значений и %1; %2; %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln narrative(s)</source>
        <translation>
            <numerusform>%Ln описательная часть</numerusform>
            <numerusform>%Ln описательные части</numerusform>
            <numerusform>%Ln описательных частей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln of yours</source>
        <translation>
            <numerusform>сохранено %Ln ваше значение</numerusform>
            <numerusform>сохранено %Ln ваших значения</numerusform>
            <numerusform>сохранено %Ln ваших значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be loaded</source>
        <translation>
            <numerusform>не удалось загрузить %Ln строку</numerusform>
            <numerusform>не удалось загрузить %Ln строки</numerusform>
            <numerusform>не удалось загрузить %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was exported on template version %1; version %2 is installed.</source>
        <translation>Файл экспортирован по версии шаблона %1; установлена версия %2.</translation>
    </message>
    <message>
        <source>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</source>
        <translation>Этот файл не удаётся прочитать как отчёт micdesk; ничего не загружено. Подробности: %1</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Ничего не загружено: %1</translation>
    </message>
</context>
<context>
    <name>LoadPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 (comment: %2)</source>
        <translation>%1 (комментарий: %2)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять из файла</translation>
    </message>
    <message>
        <source>%1 narrative: %2</source>
        <translation>Описательная часть %1: %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Моё (этот компьютер)</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
</context>
<context>
    <name>LoadReviewDialog</name>
    <message>
        <source>Load a UNIDO review</source>
        <translation>Загрузить замечания ЮНИДО</translation>
    </message>
    <message>
        <source>&amp;Review workbook:</source>
        <translation>&amp;Книга замечаний:</translation>
    </message>
    <message>
        <source>UNIDO review workbook</source>
        <translation>Книга замечаний ЮНИДО</translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>Книга замечаний</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>Kee&amp;p the questions to answer</source>
        <translation>&amp;Сохранить вопросы для ответа</translation>
    </message>
    <message>
        <source>The review was edited after UNIDO wrote it: &amp;load it anyway</source>
        <translation>Замечания изменены после того, как ЮНИДО их записала: всё равно &amp;загрузить</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>Вопросы ЮНИДО</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Ничего не загружено: %1</translation>
    </message>
    <message>
        <source>Keep the questions to answer them beside their fields.</source>
        <translation>Сохраните вопросы, чтобы ответить на них рядом с полями.</translation>
    </message>
    <message numerus="yes">
        <source>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question(s).</source>
        <translation>
            <numerusform>Вопросы ЮНИДО по %1 %2, редакция %3: %Ln вопрос.</numerusform>
            <numerusform>Вопросы ЮНИДО по %1 %2, редакция %3: %Ln вопроса.</numerusform>
            <numerusform>Вопросы ЮНИДО по %1 %2, редакция %3: %Ln вопросов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) from UNIDO to answer in %1 %2.</source>
        <translation>
            <numerusform>%Ln вопрос ЮНИДО ждёт ответа в %1 %2.</numerusform>
            <numerusform>%Ln вопроса ЮНИДО ждут ответа в %1 %2.</numerusform>
            <numerusform>%Ln вопросов ЮНИДО ждут ответа в %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Number and &amp;date format…</source>
        <translation>Формат чисел и &amp;дат…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>&amp;Что это?</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>Панель &amp;проблем</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>&amp;Country: </source>
        <translation>Ст&amp;рана: </translation>
    </message>
    <message>
        <source> &amp;Period: </source>
        <translation> П&amp;ериод: </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <source>Work-plan rows</source>
        <translation>Строки плана работы</translation>
    </message>
    <message>
        <source>Read-only: the data file is damaged. Export what you need, then restore a backup.</source>
        <translation>Только чтение: файл данных повреждён. Экспортируйте нужное, затем восстановите резервную копию.</translation>
    </message>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>%1 %2 — %3 — micdesk</source>
        <translation>%1 %2 — %3 — micdesk</translation>
    </message>
    <message>
        <source>%1 is outside the periods you can start: from %2 to %3.</source>
        <translation>%1 вне периодов, которые можно начать: с %2 по %3.</translation>
    </message>
    <message>
        <source>There is no submission for %1 %2 yet. Start an empty one?</source>
        <translation>Отчёта за %1 %2 ещё нет. Начать пустой?</translation>
    </message>
    <message>
        <source>Start a new period?</source>
        <translation>Начать новый период?</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave a field.</source>
        <translation>Каждое изменение сохраняется, как только вы покидаете поле.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled (%3%)</source>
        <translation>Заполнено ячеек: %1 из %2 (%3 %)</translation>
    </message>
    <message>
        <source>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</source>
        <translation>Сейчас причина: «%1». Введите новую формулировку: она заменит прежнюю для всех изменений после последнего экспорта.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Changes saved by another program were loaded.</source>
        <translation>Загружены изменения, сохранённые другой программой.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Pro&amp;gress made in the period</source>
        <translation>&amp;Достигнутый за период прогресс</translation>
    </message>
    <message>
        <source>Ch&amp;allenges met</source>
        <translation>Возникшие &amp;трудности</translation>
    </message>
    <message>
        <source>Support &amp;needed from UNIDO</source>
        <translation>&amp;Необходимая поддержка ЮНИДО</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 знаков</translation>
    </message>
    <message>
        <source>At most %1 characters: shorten the text to save it.</source>
        <translation>Не более %1 знаков: сократите текст, чтобы сохранить его.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <source>The period you report on now; you can switch periods later.</source>
        <translation>Период, за который вы отчитываетесь сейчас; позже период можно сменить.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Отчётный &amp;период:</translation>
    </message>
</context>
<context>
    <name>QueryItem</name>
    <message>
        <source>UNIDO asks: %1</source>
        <translation>ЮНИДО спрашивает: %1</translation>
    </message>
    <message>
        <source>UNIDO saw: %1</source>
        <translation>ЮНИДО видела: %1</translation>
    </message>
    <message>
        <source>changed since: now %1</source>
        <translation>изменено с тех пор: теперь %1</translation>
    </message>
    <message>
        <source>Your answer (or correct the value and press Answer)</source>
        <translation>Ваш ответ (или исправьте значение и нажмите «Ответить»)</translation>
    </message>
    <message>
        <source>Answer to UNIDO</source>
        <translation>Ответ ЮНИДО</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Изменить ответ</translation>
    </message>
    <message>
        <source>Will answer later</source>
        <translation>Отвечу позже</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history, where you can reword it):</source>
        <translation>&amp;Причина (сохраняется в истории, там её можно изменить):</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>made by a micdesk whose data format is version %1</source>
        <translation>создана версией micdesk с форматом данных версии %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</source>
        <translation>Заменить текущие данные резервной копией от %1? Введённое с тех пор сохранится в новой резервной копии, но не в данных, с которыми вы будете работать.</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</source>
        <translation>&amp;Резервные копии %1, сначала самые свежие. micdesk создаёт копию ежедневно, перед каждым обновлением схемы и перед каждым восстановлением.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%1 of %Ln country(ies) reported (%2 %)</source>
        <translation>
            <numerusform>Отчитались %1 из %Ln страны (%2 %)</numerusform>
            <numerusform>Отчитались %1 из %Ln стран (%2 %)</numerusform>
            <numerusform>Отчитались %1 из %Ln стран (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Ключи подписи</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Эта установка</translation>
    </message>
    <message>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Сохранить мой открытый ключ…</translation>
    </message>
    <message>
        <source>&amp;Make a new key pair…</source>
        <translation>Создать &amp;новую пару ключей…</translation>
    </message>
    <message>
        <source>UNIDO template keys trusted here</source>
        <translation>Доверенные здесь ключи шаблонов ЮНИДО</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>&amp;Доверять файлу ключа…</translation>
    </message>
    <message>
        <source>&amp;Accept only templates signed by UNIDO</source>
        <translation>&amp;Принимать только шаблоны, подписанные ЮНИДО</translation>
    </message>
    <message>
        <source>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</source>
        <translation>Окончательные отчёты, экспортированные здесь, подписываются ключом %1. Отправьте свой открытый ключ в ЮНИДО один раз, чтобы ЮНИДО могла отличить ваши отчёты от подделок.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (отозван)</translation>
    </message>
    <message>
        <source>None: templates are checked for changes, not for who signed them.</source>
        <translation>Нет: шаблоны проверяются на изменения, но не на то, кто их подписал.</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>Сохранить мой открытый ключ</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Открытые ключи (*.pub)</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Ключ не сохранён: %1</translation>
    </message>
    <message>
        <source>Saved your public key to %1.</source>
        <translation>Ваш открытый ключ сохранён в %1.</translation>
    </message>
    <message>
        <source>Make a new key pair</source>
        <translation>Создать новую пару ключей</translation>
    </message>
    <message>
        <source>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</source>
        <translation>Отчёты, экспортированные с этого момента, будут подписаны новым ключом, который ЮНИДО должна зарегистрировать, прежде чем признавать их. Уже отправленные отчёты по-прежнему можно проверить. Создать новую пару ключей?</translation>
    </message>
    <message>
        <source>New key pair made: save your new public key for UNIDO.</source>
        <translation>Новая пара ключей создана: сохраните новый открытый ключ для ЮНИДО.</translation>
    </message>
    <message>
        <source>Trust a UNIDO key</source>
        <translation>Доверять ключу ЮНИДО</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key; nothing was changed.</source>
        <translation>%1 не является открытым ключом Ed25519; ничего не изменено.</translation>
    </message>
    <message>
        <source>Templates signed by key %1 are now trusted.</source>
        <translation>Шаблоны, подписанные ключом %1, теперь считаются доверенными.</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>micdesk</source>
        <translation>micdesk</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Открытие файла данных…</translation>
    </message>
</context>
<context>
    <name>SubmissionPdf</name>
    <message>
        <source>FINAL — submitted to UNIDO</source>
        <translation>ОКОНЧАТЕЛЬНЫЙ — представлен ЮНИДО</translation>
    </message>
    <message>
        <source>DRAFT — work in progress, not a submission to UNIDO</source>
        <translation>ПРОЕКТ — работа не завершена, не представляется ЮНИДО</translation>
    </message>
    <message>
        <source>UNIDO–MIC work plan submission</source>
        <translation>Отчёт по плану работы ЮНИДО–СССД</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cells)</source>
        <translation>%1 % (%2 из %3 ячеек)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Экспортировано (UTC)</translation>
    </message>
    <message>
        <source>Submission UUID</source>
        <translation>UUID отчёта</translation>
    </message>
    <message>
        <source>micdesk version</source>
        <translation>Версия micdesk</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 данных</translation>
    </message>
    <message>
        <source>Signed by installation key</source>
        <translation>Подписано ключом установки</translation>
    </message>
    <message>
        <source>Notation keys: %1. A blank cell was not reported.</source>
        <translation>Условные обозначения: %1. Пустая ячейка означает, что данные не представлены.</translation>
    </message>
    <message>
        <source>Approved for submission to UNIDO</source>
        <translation>Утверждено для представления ЮНИДО</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3 cells)</source>
        <translation>Полнота: %1 % (%2 из %3 ячеек)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Достигнутый прогресс</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Трудности</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Необходимая поддержка ЮНИДО</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Open problems (%1)</source>
        <translation>Нерешённые проблемы (%1)</translation>
    </message>
    <message>
        <source>Open problems: none</source>
        <translation>Нерешённые проблемы: нет</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>ОКОНЧАТЕЛЬНЫЙ</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>редакция %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusLine</name>
    <message>
        <source>Reword…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Reword the reason given for the changes since the export</source>
        <translation>Изменить причину, указанную для изменений после экспорта</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>Ещё не экспортировано</translation>
    </message>
    <message>
        <source>Final r%1, exported %2</source>
        <translation>Окончательный r%1, экспорт %2</translation>
    </message>
    <message>
        <source>Draft r%1, exported %2</source>
        <translation>Черновик r%1, экспорт %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since</source>
        <translation>
            <numerusform>%Ln изменение после этого</numerusform>
            <numerusform>%Ln изменения после этого</numerusform>
            <numerusform>%Ln изменений после этого</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since</source>
        <translation>без изменений после этого</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln предупреждение нужно пояснить</numerusform>
            <numerusform>%Ln предупреждения нужно пояснить</numerusform>
            <numerusform>%Ln предупреждений нужно пояснить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill</source>
        <translation>
            <numerusform>%Ln обязательное значение не заполнено</numerusform>
            <numerusform>%Ln обязательных значения не заполнены</numerusform>
            <numerusform>%Ln обязательных значений не заполнено</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>исправлять больше нечего</translation>
    </message>
    <message>
        <source>Reason: “%1”</source>
        <translation>Причина: «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a template update</source>
        <translation>Импорт обновления шаблона</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Книга:</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Книга шаблона</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>&amp;Apply the update</source>
        <translation>При&amp;менить обновление</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</source>
        <translation>Выберите книгу шаблона, присланную ЮНИДО; до применения ничего не изменится.</translation>
    </message>
    <message>
        <source>Signed by UNIDO key %1.</source>
        <translation>Подписано ключом ЮНИДО %1.</translation>
    </message>
    <message>
        <source>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</source>
        <translation>Без подписи: ничто не доказывает, что этот шаблон получен от ЮНИДО. Применяйте его, только если доверяете источнику.</translation>
    </message>
    <message>
        <source>“%1” version %2 is a new template; it will be installed beside yours.</source>
        <translation>«%1», версия %2, — новый шаблон; он будет установлен рядом с вашим.</translation>
    </message>
    <message>
        <source>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</source>
        <translation>«%1»: версия %2 → %3. Ниже перечислены изменения; введённые значения никогда не удаляются.</translation>
    </message>
    <message>
        <source>Areas added</source>
        <translation>Добавленные направления</translation>
    </message>
    <message>
        <source>Areas removed</source>
        <translation>Удалённые направления</translation>
    </message>
    <message>
        <source>Areas relabelled</source>
        <translation>Переименованные направления</translation>
    </message>
    <message>
        <source>Indicators added</source>
        <translation>Добавленные показатели</translation>
    </message>
    <message>
        <source>Indicators removed (their values are archived, not deleted)</source>
        <translation>Удалённые показатели (их значения архивируются, а не удаляются)</translation>
    </message>
    <message>
        <source>Indicators replaced (their values move)</source>
        <translation>Заменённые показатели (их значения переносятся)</translation>
    </message>
    <message>
        <source>Indicators relabelled</source>
        <translation>Переименованные показатели</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>Изменённые показатели</translation>
    </message>
    <message>
        <source>Template settings changed</source>
        <translation>Изменённые параметры шаблона</translation>
    </message>
    <message>
        <source>Choice lists changed</source>
        <translation>Изменённые списки вариантов</translation>
    </message>
    <message>
        <source>Disaggregations changed</source>
        <translation>Изменённые разбивки</translation>
    </message>
    <message>
        <source>Your entered values (%1)</source>
        <translation>Введённые вами значения (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Why values are flagged for review</source>
        <translation>Почему значения помечаются для проверки</translation>
    </message>
    <message>
        <source>No changes to areas, indicators or lists.</source>
        <translation>Направления, показатели и списки не изменились.</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Перенесено: %1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>Пересчитано: %1</translation>
    </message>
    <message>
        <source>Summed: %1</source>
        <translation>Суммировано: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Разделено: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>На проверку: %1</translation>
    </message>
    <message>
        <source>(crosswalk row %1)</source>
        <translation>(строка %1 таблицы соответствия)</translation>
    </message>
    <message>
        <source>(crosswalk rows %1)</source>
        <translation>(строки %1 таблицы соответствия)</translation>
    </message>
    <message>
        <source>%1: values carried by the crosswalk</source>
        <translation>%1: значения, перенесённые по таблице соответствия</translation>
    </message>
    <message>
        <source>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</source>
        <translation>Установлена версия %1. Значений: до — %2, после — %3 (перенесено: %4; в архиве: %5; восстановлено: %6; на проверку: %7); ничего не удалено.</translation>
    </message>
    <message>
        <source>The workbook cannot be read; nothing was changed. Details: %1</source>
        <translation>Книгу не удаётся прочитать; ничего не изменено. Подробности: %1</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>Найдены проблемы (%1)</translation>
    </message>
    <message>
        <source>The workbook has problems; nothing was changed.</source>
        <translation>В книге есть проблемы; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) move to a replacing indicator</source>
        <translation>
            <numerusform>%Ln значение переносится в заменяющий показатель</numerusform>
            <numerusform>%Ln значения переносятся в заменяющий показатель</numerusform>
            <numerusform>%Ln значений переносятся в заменяющий показатель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are archived (kept, not deleted)</source>
        <translation>
            <numerusform>%Ln значение помещается в архив (сохраняется, а не удаляется)</numerusform>
            <numerusform>%Ln значения помещаются в архив (сохраняются, а не удаляются)</numerusform>
            <numerusform>%Ln значений помещаются в архив (сохраняются, а не удаляются)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) come back from the archive</source>
        <translation>
            <numerusform>%Ln значение возвращается из архива</numerusform>
            <numerusform>%Ln значения возвращаются из архива</numerusform>
            <numerusform>%Ln значений возвращаются из архива</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are flagged for review</source>
        <translation>
            <numerusform>%Ln значение помечается для проверки</numerusform>
            <numerusform>%Ln значения помечаются для проверки</numerusform>
            <numerusform>%Ln значений помечаются для проверки</numerusform>
        </translation>
    </message>
    <message>
        <source>Values before the import: %1; after it: %2 (nothing deleted)</source>
        <translation>Значений до импорта: %1, после: %2 (ничего не удаляется)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 (converted)</source>
        <translation>%1 (пересчитано)</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln ошибка</numerusform>
            <numerusform>%Ln ошибки</numerusform>
            <numerusform>%Ln ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln предупреждение нужно пояснить</numerusform>
            <numerusform>%Ln предупреждения нужно пояснить</numerusform>
            <numerusform>%Ln предупреждений нужно пояснить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln explained</source>
        <translation>
            <numerusform>%Ln пояснено</numerusform>
            <numerusform>%Ln пояснено</numerusform>
            <numerusform>%Ln пояснено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) to fill</source>
        <translation>
            <numerusform>%Ln значение заполнить</numerusform>
            <numerusform>%Ln значения заполнить</numerusform>
            <numerusform>%Ln значений заполнить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UNIDO question(s) to answer</source>
        <translation>
            <numerusform>%Ln вопрос ЮНИДО ждёт ответа</numerusform>
            <numerusform>%Ln вопроса ЮНИДО ждут ответа</numerusform>
            <numerusform>%Ln вопросов ЮНИДО ждут ответа</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every value passes the checks.</source>
        <translation>Проблем нет: все значения прошли проверку.</translation>
    </message>
    <message>
        <source>%1. Click one to go to its field.</source>
        <translation>%1. Щёлкните строку, чтобы перейти к полю.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>Несохранённый текст</translation>
    </message>
    <message>
        <source>UNIDO asks</source>
        <translation>ЮНИДО спрашивает</translation>
    </message>
    <message>
        <source>UNIDO asks about %1: %2</source>
        <translation>ЮНИДО спрашивает о %1: %2</translation>
    </message>
    <message>
        <source>will answer later</source>
        <translation>ответ позже</translation>
    </message>
    <message>
        <source>Not saved in %1: “%2” is not a number. Correct or clear it.</source>
        <translation>Не сохранено в %1: «%2» — не число. Исправьте или удалите.</translation>
    </message>
</context>
<context>
    <name>WorkbookPathRow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export submission…</source>
        <translation>&amp;Экспортировать отчёт…</translation>
    </message>
    <message>
        <source>Write the submission workbook for UNIDO (draft or final)</source>
        <translation>Создать книгу отчёта для ЮНИДО (проект или окончательный вариант)</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>&amp;Импортировать шаблон…</translation>
    </message>
    <message>
        <source>Install a new work-plan template version from UNIDO</source>
        <translation>Установить новую версию шаблона плана работы, полученную от ЮНИДО</translation>
    </message>
    <message>
        <source>&amp;Load submission…</source>
        <translation>&amp;Загрузить отчёт…</translation>
    </message>
    <message>
        <source>Merge the values of a submission workbook into this store</source>
        <translation>Объединить значения из книги отчёта с этими данными</translation>
    </message>
    <message>
        <source>Add a &amp;country…</source>
        <translation>Добавить &amp;страну…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Восстановить резервную копию…</translation>
    </message>
    <message>
        <source>Replace the data with one of the automatic backups</source>
        <translation>Заменить данные одной из автоматических резервных копий</translation>
    </message>
    <message>
        <source>Ask a contri&amp;butor…</source>
        <translation>Запросить &amp;данные у участника…</translation>
    </message>
    <message>
        <source>Write a workbook for another ministry with just the indicators it owns</source>
        <translation>Записать книгу для другого министерства только с его показателями</translation>
    </message>
    <message>
        <source>Load a con&amp;tributor&apos;s workbook…</source>
        <translation>Загрузить книгу у&amp;частника…</translation>
    </message>
    <message>
        <source>Check a returned contributor workbook and load it</source>
        <translation>Проверить возвращённую книгу участника и загрузить её</translation>
    </message>
    <message>
        <source>Load a UNIDO re&amp;view…</source>
        <translation>Загрузить замечания &amp;ЮНИДО…</translation>
    </message>
    <message>
        <source>Read UNIDO&apos;s questions about a return, to answer them beside their fields</source>
        <translation>Прочитать вопросы ЮНИДО по отчёту, чтобы ответить на них рядом с полями</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>&amp;Ключи подписи…</translation>
    </message>
    <message>
        <source>This installation&apos;s key for returns, and the UNIDO keys trusted here</source>
        <translation>Ключ этой установки для отчётов и доверенные здесь ключи ЮНИДО</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>&amp;К следующей проблеме</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>The log of what went wrong, to send to whoever supports you</source>
        <translation>Журнал того, что пошло не так, чтобы отправить его тем, кто вам помогает</translation>
    </message>
    <message>
        <source>&amp;About micdesk</source>
        <translation>&amp;О программе micdesk</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>change %1</source>
        <translation>изменение %1</translation>
    </message>
    <message>
        <source>change the narrative “%1” of %2</source>
        <translation>изменение описательной части «%1» в %2</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 меньше минимума %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 больше максимума %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, but the total is %2.</source>
        <translation>Сумма разбивки — %1, а итог — %2.</translation>
    </message>
    <message>
        <source>The stored value “%1” does not fit this indicator any more.</source>
        <translation>Сохранённое значение «%1» больше не подходит для этого показателя.</translation>
    </message>
    <message>
        <source>Required: enter the figure, or NA, NE or C if there is none.</source>
        <translation>Обязательно: введите значение или NA, NE или C, если его нет.</translation>
    </message>
    <message>
        <source>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</source>
        <translation>Накопленное значение %1 меньше значения предыдущего периода (%2): поясните это в комментарии.</translation>
    </message>
    <message>
        <source>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</source>
        <translation>%1 более чем втрое превышает значение предыдущего периода (%2): подтвердите это в комментарии.</translation>
    </message>
    <message>
        <source>To review after a template update: %1</source>
        <translation>Проверить после обновления шаблона: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Notation key</source>
        <translation>Код обозначения</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Follow-up flag</source>
        <translation>Отметка «требует внимания»</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Код показателя</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>Загруженный файл</translation>
    </message>
    <message>
        <source>Template update</source>
        <translation>Обновление шаблона</translation>
    </message>
    <message>
        <source>Template update (crosswalk)</source>
        <translation>Обновление шаблона (таблица соответствия)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>Not loadable: %1 row %2 (%3): %4</source>
        <translation>Не загружается: %1, строка %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>narrative</name>
    <message>
        <source>Progress made in the period</source>
        <translation>Достигнутый за период прогресс</translation>
    </message>
    <message>
        <source>Challenges met</source>
        <translation>Возникшие трудности</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Необходимая поддержка ЮНИДО</translation>
    </message>
</context>
<context>
    <name>notation</name>
    <message>
        <source>NA — not applicable</source>
        <translation>NA — неприменимо</translation>
    </message>
    <message>
        <source>NE — not estimated</source>
        <translation>NE — не оценено</translation>
    </message>
    <message>
        <source>C — confidential</source>
        <translation>C — конфиденциально</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>“%1” is not an annual reporting period such as %2.</source>
        <translation>«%1» — не годовой отчётный период (например, %2).</translation>
    </message>
    <message>
        <source>“%1” is not a half-yearly reporting period such as %2.</source>
        <translation>«%1» — не полугодовой отчётный период (например, %2).</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 — не конечное число.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 принимает целое число, а не «%2».</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>%1 принимает число, а не «%2».</translation>
    </message>
    <message>
        <source>%1 takes a finite number, not “%2”.</source>
        <translation>%1 принимает конечное число, а не «%2».</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>%1 принимает «да» или «нет», а не «%2».</translation>
    </message>
    <message>
        <source>%1 takes text, not “%2”.</source>
        <translation>%1 принимает текст, а не «%2».</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not “%3”.</source>
        <translation>%1 принимает одно из значений %2, а не «%3».</translation>
    </message>
    <message>
        <source>%1 takes some of %2, not “%3”.</source>
        <translation>%1 принимает некоторые из значений %2, а не «%3».</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» — не число.</translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: «%2» — не «да» и не «нет».</translation>
    </message>
    <message>
        <source>There is no indicator %1 in template %2, version %3.</source>
        <translation>В шаблоне %2, версия %3, нет показателя %1.</translation>
    </message>
    <message>
        <source>Indicator %1 has no cell “%2”.</source>
        <translation>У показателя %1 нет ячейки «%2».</translation>
    </message>
    <message>
        <source>%1: a cell holds a value or a notation key, not both.</source>
        <translation>%1: ячейка содержит значение или код обозначения, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</source>
        <translation>Данные открыты только для чтения, так как файл данных повреждён: экспортируйте нужное, затем восстановите резервную копию (Файл → Восстановить резервную копию).</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</source>
        <translation>Описательная часть «%1» в %2 содержит %3 знаков; допускается не более %4.</translation>
    </message>
    <message>
        <source>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</source>
        <translation>ЮНИДО получила %1 в окончательной редакции %2. Укажите причину изменения: одна причина относится ко всем изменениям до следующего экспорта.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</source>
        <translation>«%1» — не трёхбуквенный код страны ISO 3166-1 alpha-3, например KEN.</translation>
    </message>
    <message>
        <source>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</source>
        <translation>%1 составлен по шаблону «%2», который не установлен: сначала импортируйте его (Файл → Импортировать шаблон…).</translation>
    </message>
    <message>
        <source>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</source>
        <translation>%1 был изменён после экспорта; ничего не загружено. Проверьте перечисленные изменения и примите изменённый файл, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>%1 conflicts need a choice: keep yours or take theirs.</source>
        <translation>Конфликтов, требующих выбора: %1 (оставить своё или взять из файла).</translation>
    </message>
    <message>
        <source>The submission was removed since the file was read; read it again.</source>
        <translation>Отчёт был удалён после чтения файла; прочитайте файл снова.</translation>
    </message>
    <message>
        <source>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</source>
        <translation>Ни одно из значений в %1 не подходит к установленному шаблону (не загружаемых: %2); ничего не загружено.</translation>
    </message>
    <message>
        <source>The data changed since the file was read; read it again.</source>
        <translation>Данные изменились после чтения файла; прочитайте файл снова.</translation>
    </message>
    <message>
        <source>%1 changed since the file was read; read it again.</source>
        <translation>%1 изменилось после чтения файла; прочитайте файл снова.</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 changed since the file was read; read it again.</source>
        <translation>Описательная часть «%1» в %2 изменилась после чтения файла; прочитайте файл снова.</translation>
    </message>
    <message>
        <source>There is no area %1 in version %2 of the template.</source>
        <translation>В версии %2 шаблона нет области %1.</translation>
    </message>
    <message>
        <source>“%1” is not a narrative field (%2).</source>
        <translation>«%1» — не поле описательной части (%2).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>Знаков: %1; допускается не более %2.</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</source>
        <translation>%1: подпись не совпадает: шаблон был изменён после подписания. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</source>
        <translation>%1 подписан ключом %2, который не является доверенным ключом ЮНИДО. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</source>
        <translation>%1 подписан ключом %2, который ЮНИДО отозвала. Ничего не изменено.</translation>
    </message>
    <message>
        <source>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</source>
        <translation>%1 не подписан, а эта установка принимает только шаблоны, подписанные ЮНИДО. Ничего не изменено.</translation>
    </message>
    <message>
        <source>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</source>
        <translation>defusedxml не установлен, поэтому книги нельзя безопасно прочитать; переустановите micdesk.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: такого файла нет.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: файл не удаётся прочитать (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 — это папка, а не файл книги.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only workbook files are read.</source>
        <translation>%1 — не обычный файл; читаются только файлы книг.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the %3 MB limit.</source>
        <translation>%1: размер файла %2 МБ, больше предела в %3 МБ.</translation>
    </message>
    <message>
        <source>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</source>
        <translation>%1 защищён паролем (зашифрован) или это старый файл .xls: сохраните его как незащищённую книгу .xlsx.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package).</source>
        <translation>%1 — не книга .xlsx (это не zip-пакет).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2).</source>
        <translation>%1 повреждён или обрезан (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it has an unreadable name.</source>
        <translation>%1 повреждён: у одной из его частей нечитаемое имя.</translation>
    </message>
    <message>
        <source>%1 has %2 parts, too many for a workbook.</source>
        <translation>В %1 %2 частей — слишком много для книги.</translation>
    </message>
    <message>
        <source>%1: the part %2 is encrypted; save the workbook without a password.</source>
        <translation>%1: часть %2 зашифрована; сохраните книгу без пароля.</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</source>
        <translation>%1: часть %2 сжата способом, который micdesk не читает (%3); сохраните файл заново в Excel или LibreOffice.</translation>
    </message>
    <message>
        <source>%1: the part %2 expands %3 times (a zip bomb?); refused.</source>
        <translation>%1: часть %2 при распаковке увеличивается в %3 раз (zip-бомба?); отклонено.</translation>
    </message>
    <message>
        <source>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</source>
        <translation>%1: часть %2 в распакованном виде занимает %3 МБ, больше предела в %4 МБ.</translation>
    </message>
    <message>
        <source>%1 expands to %2 MB, more than the %3 MB limit.</source>
        <translation>%1 в распакованном виде занимает %2 МБ, больше предела в %3 МБ.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (there is no workbook inside).</source>
        <translation>%1 — не книга .xlsx (внутри нет книги).</translation>
    </message>
    <message>
        <source>%1 contains macros: save it as a plain .xlsx workbook without macros.</source>
        <translation>%1 содержит макросы: сохраните его как обычную книгу .xlsx без макросов.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; refused.</source>
        <translation>%1: в листе %2 больше %3 строк; отклонено.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells beyond column %3; refused.</source>
        <translation>В %1 больше %2 ячеек правее столбца %3; отклонено.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</source>
        <translation>%1: в листе %2 есть ячейка %3 за пределами %4 столбцов, которые читает micdesk; отклонено.</translation>
    </message>
    <message>
        <source>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</source>
        <translation>В %1 больше %2 отформатированных ячеек за пределами столбцов, которые читает micdesk: очистите их формат.</translation>
    </message>
    <message>
        <source>%1 has more than %2 different texts; refused.</source>
        <translation>В %1 больше %2 различных текстов; отклонено.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cell formats; refused.</source>
        <translation>В %1 больше %2 форматов ячеек; отклонено.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</source>
        <translation>%1 объявляет сущности XML — возможная атака на читающую программу; отклонено (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1: лист %2 не удаётся прочитать (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 не удаётся прочитать (%2).</translation>
    </message>
    <message>
        <source>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</source>
        <translation>Шаблон «%1» изменился после проверки (теперь версия %2): проверьте книгу снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not above the installed version %3; nothing was changed.</source>
        <translation>Версия %1 шаблона «%2» не выше установленной версии %3; ничего не изменено.</translation>
    </message>
    <message>
        <source>The import would change the number of values (%1 → %2); nothing was changed.</source>
        <translation>Импорт изменил бы число значений (%1 → %2); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2.</source>
        <translation>Ячейка «%1» больше не входит в разбивку %2.</translation>
    </message>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</source>
        <translation>Ячейка «%1» больше не входит в разбивку %2 («%3»).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the choice list “%2”.</source>
        <translation>«%1» больше нет в списке вариантов «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a whole number, which %2 now takes.</source>
        <translation>«%1» — не целое число, а %2 теперь принимает только целые числа.</translation>
    </message>
    <message>
        <source>“%1” is not a number, which %2 now takes.</source>
        <translation>«%1» — не число, а %2 теперь принимает только числа.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage, which %2 now takes.</source>
        <translation>«%1» — не процент, а %2 теперь принимает только проценты.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no, which %2 now takes.</source>
        <translation>«%1» — не «да» и не «нет», а %2 теперь принимает только такие ответы.</translation>
    </message>
    <message>
        <source>“%1” is not of the kind %2, which %3 now takes.</source>
        <translation>«%1» — не типа %2, а %3 теперь принимает только этот тип.</translation>
    </message>
    <message>
        <source>%1 is below the new minimum %2.</source>
        <translation>%1 меньше нового минимума %2.</translation>
    </message>
    <message>
        <source>%1 is above the new maximum %2.</source>
        <translation>%1 больше нового максимума %2.</translation>
    </message>
    <message>
        <source>Not moved to %1, which replaces %2: %1 already has a value here.</source>
        <translation>Не перенесено в %1, заменяющий %2: у %1 здесь уже есть значение.</translation>
    </message>
    <message>
        <source>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</source>
        <translation>Округлено до %1: %2 принимает только целые числа; точное пересчитанное значение — %3.</translation>
    </message>
    <message>
        <source>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</source>
        <translation>Не суммировано: одна из частей отсутствует или является условным обозначением (%1). Введите %2 вручную.</translation>
    </message>
    <message>
        <source>%1 was %2: split it by hand between %3.</source>
        <translation>%1 было %2: распределите вручную между %3.</translation>
    </message>
    <message>
        <source>The crosswalk would write %1 here, but %2 already has a value of its own.</source>
        <translation>Таблица соответствия записала бы сюда %1, но у %2 уже есть собственное значение.</translation>
    </message>
    <message>
        <source>The data are open read-only: nothing was recorded.</source>
        <translation>Данные открыты только для чтения: ничего не записано.</translation>
    </message>
    <message>
        <source>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</source>
        <translation>%1 — замечания ЮНИДО для %2, а эти данные относятся к %3. Ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</source>
        <translation>%1 относится к отчёту %2 %3, редакция %4, который не экспортировался из этих данных. Ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</source>
        <translation>%1 указывает другую страну или период, чем отчёт, о котором спрашивает (%2 %3). Ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</source>
        <translation>%1 относится к редакции %2, но здесь этот отчёт — редакция %3 или содержит другие данные. Ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</source>
        <translation>%1 относится к редакции %2; замечания ЮНИДО к редакции %3 уже загружены. Ничего не загружено.</translation>
    </message>
    <message>
        <source>The queries of %1 are loaded already; your answers are kept.</source>
        <translation>Вопросы из %1 уже загружены; ваши ответы сохранены.</translation>
    </message>
    <message>
        <source>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</source>
        <translation>%1 изменён после того, как ЮНИДО его записала (хеш не совпадает). Загружайте, только если доверяете изменению.</translation>
    </message>
    <message>
        <source>%1: %2 is not a field of the installed template. Nothing was loaded.</source>
        <translation>%1: %2 не является полем установленного шаблона. Ничего не загружено.</translation>
    </message>
    <message>
        <source>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</source>
        <translation>%1: идентификатор вопроса «%2» пуст, слишком длинный или повторяется. Ничего не загружено.</translation>
    </message>
    <message>
        <source>%1 holds no query. Nothing was loaded.</source>
        <translation>%1 не содержит вопросов. Ничего не загружено.</translation>
    </message>
    <message>
        <source>UNIDO asked no query “%1” about this return.</source>
        <translation>ЮНИДО не задавала вопрос «%1» по этому отчёту.</translation>
    </message>
    <message>
        <source>Write an answer, or change the value UNIDO asked about.</source>
        <translation>Напишите ответ или измените значение, о котором спросила ЮНИДО.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>Ответ длиннее %1 символов.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>daily backup</source>
        <translation>ежедневная копия</translation>
    </message>
    <message>
        <source>before micdesk updated the data file</source>
        <translation>до того, как micdesk обновил файл данных</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>damaged data, kept before a restore</source>
        <translation>повреждённые данные, сохранённые перед восстановлением</translation>
    </message>
    <message>
        <source>after an export</source>
        <translation>после экспорта</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>создана по запросу</translation>
    </message>
    <message>
        <source>A micdesk command (%1) is writing to this data folder:
%2</source>
        <translation>Команда micdesk (%1) записывает данные в эту папку:
%2</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>Повторите попытку, когда она завершится.</translation>
    </message>
    <message>
        <source>micdesk is already open on this data folder:
%1</source>
        <translation>micdesk уже открыт с этой папкой данных:
%1</translation>
    </message>
    <message>
        <source>It runs as process %1 on %2.</source>
        <translation>Он работает как процесс %1 на %2.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Нет исправной резервной копии для восстановления.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>count</source>
        <translation>кол-во</translation>
    </message>
    <message>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>МВт·ч</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
</TS>
