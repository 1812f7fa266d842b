"""The words of the export's human-readable sheets (Cover, area sheets) in the six UN languages.

The core has no Qt, so it cannot use the window's .ts/.qm catalogue. These ~60 labels
live here as plain data rather than in gettext .po files: a .po catalogue would need a
compile step (or a parser at run time) and a second translation workflow beside Qt
Linguist for a handful of labels, while a table in Python is read at import, reviewed
in one place, and checked by a test that every label has all six languages and the
same %N placeholders. The machine-readable sheets (``Data``, ``Narrative``,
``_micdesk``) and their column names are fixed English and never pass through here.
"""

from __future__ import annotations

from micdesk.core.placeholders import fill

# The languages whose sheets read right to left (sheet_view.rightToLeft).
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})
# Key → (ar, zh, en, fr, ru, es). %1, %2… are filled by sheet_text (one pass).
_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_TEXTS: dict[str, tuple[str, str, str, str, str, str]] = {
    # Cover
    "cover_title": (
        "تقرير خطة عمل اليونيدو مع البلدان المتوسطة الدخل: %1",
        "工发组织–中等收入国家工作计划报告：%1",
        "UNIDO–MIC work plan submission: %1",
        "Rapport sur le plan de travail ONUDI–PRI : %1",
        "Отчёт по плану работы ЮНИДО–СССД: %1",
        "Informe del plan de trabajo ONUDI–PRM: %1",
    ),
    "status": ("الحالة", "状态", "Status", "Statut", "Статус", "Estado"),
    "status_final": (
        "نهائي — مقدَّم إلى اليونيدو",
        "最终版 — 已提交工发组织",
        "FINAL — submitted to UNIDO",
        "FINAL — remis à l’ONUDI",
        "ОКОНЧАТЕЛЬНЫЙ — представлен в ЮНИДО",
        "FINAL — presentado a la ONUDI",
    ),
    "status_draft": (
        "مسودة — عمل جارٍ، وليس تقريرًا مقدَّمًا إلى اليونيدو",
        "草稿 — 尚在编写，并非提交工发组织的报告",
        "DRAFT — work in progress, not a submission to UNIDO",
        "BROUILLON — travail en cours, pas un rapport remis à l’ONUDI",
        "ЧЕРНОВИК — работа не завершена, это не отчёт для ЮНИДО",
        "BORRADOR — trabajo en curso, no es un informe presentado a la ONUDI",
    ),
    "country": ("البلد", "国家", "Country", "Pays", "Страна", "País"),
    "period": ("الفترة", "报告期", "Period", "Période", "Период", "Período"),
    "focal_point": (
        "جهة الاتصال",
        "联络人",
        "Focal point",
        "Point focal",
        "Координатор",
        "Punto focal",
    ),
    "institution": ("المؤسسة", "机构", "Institution", "Institution", "Учреждение", "Institución"),
    "email": (
        "البريد الإلكتروني",
        "电子邮件",
        "E-mail",
        "Courriel",
        "Эл. почта",
        "Correo electrónico",
    ),
    "template": ("النموذج", "模板", "Template", "Modèle", "Шаблон", "Plantilla"),
    "template_version": (
        "إصدار النموذج",
        "模板版本",
        "Template version",
        "Version du modèle",
        "Версия шаблона",
        "Versión de la plantilla",
    ),
    "app_version": (
        "إصدار micdesk",
        "micdesk 版本",
        "micdesk version",
        "Version de micdesk",
        "Версия micdesk",
        "Versión de micdesk",
    ),
    "exported_at": (
        "وقت التصدير (التوقيت العالمي)",
        "导出时间（UTC）",
        "Exported at (UTC)",
        "Exporté le (UTC)",
        "Время экспорта (UTC)",
        "Exportado el (UTC)",
    ),
    "uuid": (
        "المعرّف الفريد للتقرير (UUID)",
        "报告 UUID",
        "Submission UUID",
        "UUID du rapport",
        "UUID отчёта",
        "UUID del informe",
    ),
    "revision": ("المراجعة", "修订版", "Revision", "Révision", "Редакция", "Revisión"),
    "completeness": (
        "نسبة الاكتمال",
        "完成度",
        "Completeness",
        "Complétude",
        "Заполненность",
        "Grado de compleción",
    ),
    "cells_filled": (
        "الخانات المعبّأة",
        "已填单元格",
        "Cells filled",
        "Cellules remplies",
        "Заполнено ячеек",
        "Celdas completadas",
    ),
    "cells_of": ("%1 من %2", "%1 / %2", "%1 of %2", "%1 sur %2", "%1 из %2", "%1 de %2"),
    "sha256": (
        "بصمة SHA-256 للبيانات",
        "数据的 SHA-256",
        "SHA-256 of the data",
        "SHA-256 des données",
        "SHA-256 данных",
        "SHA-256 de los datos",
    ),
    "signed_by": (
        "موقَّع بمفتاح التثبيت",
        "由本安装的密钥签名",
        "Signed by installation key",
        "Signé par la clé de l’installation",
        "Подписано ключом установки",
        "Firmado con la clave de la instalación",
    ),
    "open_problems": (
        "مشكلات لم تُحل (%1)",
        "未解决的问题（%1）",
        "Open problems (%1)",
        "Problèmes en suspens (%1)",
        "Нерешённые проблемы (%1)",
        "Problemas pendientes (%1)",
    ),
    "no_open_problems": (
        "مشكلات لم تُحل: لا توجد",
        "未解决的问题：无",
        "Open problems: none",
        "Problèmes en suspens : aucun",
        "Нерешённые проблемы: нет",
        "Problemas pendientes: ninguno",
    ),
    "error_at": ("خطأ: %1", "错误：%1", "error: %1", "erreur : %1", "ошибка: %1", "error: %1"),
    "warning_at": (
        "تحذير: %1",
        "警告：%1",
        "warning: %1",
        "avertissement : %1",
        "предупреждение: %1",
        "advertencia: %1",
    ),
    # Area sheets
    "area_completeness": (
        "نسبة الاكتمال: %1٪ (%2 من %3 خانة)",
        "完成度：%1%（%3 个单元格中已填 %2 个）",
        "Completeness: %1% (%2 of %3 cells)",
        "Complétude : %1 % (%2 cellules sur %3)",
        "Заполненность: %1 % (%2 из %3 ячеек)",
        "Grado de compleción: %1 % (%2 de %3 celdas)",
    ),
    "tools": (
        "أدوات اليونيدو",
        "工发组织工具",
        "UNIDO tools",
        "Outils de l’ONUDI",
        "Инструменты ЮНИДО",
        "Herramientas de la ONUDI",
    ),
    "government_role": (
        "دور حكومات البلدان المتوسطة الدخل",
        "中等收入国家政府的作用",
        "Role of MIC governments",
        "Rôle des gouvernements des PRI",
        "Роль правительств СССД",
        "Función de los gobiernos de los PRM",
    ),
    "outcomes": (
        "النتائج الرئيسية",
        "主要成果",
        "Main outcomes",
        "Principaux résultats",
        "Основные результаты",
        "Resultados principales",
    ),
    "outputs": (
        "نواتج اليونيدو الخاصة بالبلدان المتوسطة الدخل",
        "工发组织针对中等收入国家的产出",
        "UNIDO MIC-specific outputs",
        "Produits de l’ONUDI propres aux PRI",
        "Результаты ЮНИДО для СССД",
        "Productos de la ONUDI específicos para los PRM",
    ),
    "column_code": ("الرمز", "代码", "Code", "Code", "Код", "Código"),
    "column_indicator": ("المؤشر", "指标", "Indicator", "Indicateur", "Показатель", "Indicador"),
    "column_breakdown": ("التصنيف", "细分", "Breakdown", "Ventilation", "Разбивка", "Desglose"),
    "column_value": ("القيمة", "数值", "Value", "Valeur", "Значение", "Valor"),
    "column_notation": (
        "رمز الترميز",
        "标注代码",
        "Notation",
        "Code de notation",
        "Условное обозначение",
        "Clave de notación",
    ),
    "column_unit": ("الوحدة", "单位", "Unit", "Unité", "Единица", "Unidad"),
    "column_baseline": (
        "خط الأساس",
        "基线",
        "Baseline",
        "Référence",
        "Базовый уровень",
        "Línea de base",
    ),
    "column_target": ("الهدف", "目标", "Target", "Cible", "Цель", "Meta"),
    "column_comment": ("تعليق", "备注", "Comment", "Commentaire", "Комментарий", "Comentario"),
    "column_source": ("المصدر", "来源", "Source", "Source", "Источник", "Fuente"),
    "column_hint": ("إرشاد", "说明", "Hint", "Aide", "Подсказка", "Ayuda"),
    "column_previous_period": (
        "الفترة السابقة",
        "上一报告期",
        "Previous period",
        "Période précédente",
        "Предыдущий период",
        "Período anterior",
    ),
    "progress": (
        "التقدم المحرز في الفترة",
        "本期取得的进展",
        "Progress",
        "Progrès réalisés",
        "Достигнутый прогресс",
        "Avances logrados",
    ),
    "challenges": (
        "التحديات",
        "遇到的挑战",
        "Challenges",
        "Difficultés",
        "Трудности",
        "Desafíos",
    ),
    "support": (
        "الدعم المطلوب من اليونيدو",
        "需要工发组织提供的支持",
        "Support needed from UNIDO",
        "Soutien attendu de l’ONUDI",
        "Необходимая поддержка ЮНИДО",
        "Apoyo que se necesita de la ONUDI",
    ),
    "yes": ("نعم", "是", "yes", "oui", "да", "sí"),
    "no": ("لا", "否", "no", "non", "нет", "no"),
    "unit_count": ("عدد", "个数", "count", "nombre", "кол-во", "número"),
    # The Cover's signature block and every printed page's footer (print_layout)
    "approved_for_submission": (
        "موافَق على تقديمه إلى اليونيدو",
        "批准提交工发组织",
        "Approved for submission to UNIDO",
        "Approuvé pour remise à l’ONUDI",
        "Утверждено для представления в ЮНИДО",
        "Aprobado para su presentación a la ONUDI",
    ),
    "signature_name": ("الاسم", "姓名", "Name", "Nom", "Имя", "Nombre"),
    "signature_title": ("المنصب", "职务", "Title", "Fonction", "Должность", "Cargo"),
    "signature_date": ("التاريخ", "日期", "Date", "Date", "Дата", "Fecha"),
    "signature": ("التوقيع", "签字", "Signature", "Signature", "Подпись", "Firma"),
    "footer_final": ("نهائي", "最终版", "FINAL", "FINAL", "ОКОНЧАТЕЛЬНЫЙ", "FINAL"),
    "footer_draft": ("مسودة", "草稿", "DRAFT", "BROUILLON", "ЧЕРНОВИК", "BORRADOR"),
    "footer_revision": (
        "المراجعة %1",
        "修订版 %1",
        "revision %1",
        "révision %1",
        "редакция %1",
        "revisión %1",
    ),
    "footer_page": (
        "الصفحة %1 من %2",
        "第 %1 页，共 %2 页",
        "page %1 of %2",
        "page %1 sur %2",
        "страница %1 из %2",
        "página %1 de %2",
    ),
    # Findings listed on a draft's Cover
    "below_minimum": (
        "%1 أقل من الحد الأدنى %2.",
        "%1 低于最小值 %2。",
        "%1 is below the minimum %2.",
        "%1 est inférieur au minimum %2.",
        "%1 меньше минимума %2.",
        "%1 es inferior al mínimo %2.",
    ),
    "above_maximum": (
        "%1 أعلى من الحد الأقصى %2.",
        "%1 高于最大值 %2。",
        "%1 is above the maximum %2.",
        "%1 est supérieur au maximum %2.",
        "%1 больше максимума %2.",
        "%1 es superior al máximo %2.",
    ),
    "disaggregation_mismatch": (
        "مجموع التصنيف %1، لكن الإجمالي %2.",
        "细分合计为 %1，但总数为 %2。",
        "The breakdown adds up to %1, but the total is %2.",
        "La ventilation totalise %1, mais le total est %2.",
        "Сумма разбивки равна %1, а итог — %2.",
        "El desglose suma %1, pero el total es %2.",
    ),
    "invalid_stored_value": (
        "القيمة المخزّنة «%1» لم تعد تناسب هذا المؤشر.",
        "存储的值“%1”已不再适用于此指标。",
        "The stored value “%1” does not fit this indicator any more.",
        "La valeur enregistrée « %1 » ne convient plus à cet indicateur.",
        "Сохранённое значение «%1» больше не подходит этому показателю.",
        "El valor guardado «%1» ya no corresponde a este indicador.",
    ),
    "required_missing": (
        "مطلوب: أدخل قيمة أو رمز ترميز (NA أو NE أو C).",
        "必填：请输入数值或标注代码（NA、NE 或 C）。",
        "Required: enter a value or a notation key (NA, NE or C).",
        "Obligatoire : saisissez une valeur ou un code de notation (NA, NE ou C).",
        "Обязательно: введите значение или условное обозначение (NA, NE или C).",
        "Obligatorio: introduzca un valor o una clave de notación (NA, NE o C).",
    ),
    "cumulative_decreased": (
        "القيمة التراكمية %1 أقل من قيمة الفترة السابقة %2: اشرح ذلك في تعليق.",
        "累计值 %1 低于上一期的 %2：请在备注中说明。",
        "The cumulative value %1 is below the previous period's %2: explain it in a comment.",
        "La valeur cumulée %1 est inférieure à celle de la période précédente (%2) : "
        "expliquez-le dans un commentaire.",
        "Накопленное значение %1 меньше значения прошлого периода %2: объясните это в комментарии.",
        "El valor acumulado %1 es inferior al del período anterior (%2): explíquelo en un "
        "comentario.",
    ),
    "sudden_increase": (
        "%1 يزيد على ثلاثة أضعاف قيمة الفترة السابقة %2: أكّد ذلك في تعليق.",
        "%1 超过上一期 %2 的三倍：请在备注中确认。",
        "%1 is more than three times the previous period's %2: confirm it in a comment.",
        "%1 dépasse le triple de la valeur de la période précédente (%2) : confirmez-le dans "
        "un commentaire.",
        "%1 более чем в три раза больше значения прошлого периода %2: подтвердите это в "
        "комментарии.",
        "%1 es más del triple del valor del período anterior (%2): confírmelo en un comentario.",
    ),
    "needs_review": (
        "للمراجعة بعد تحديث النموذج.",
        "模板更新后需复核。",
        "To review after a template update.",
        "À revoir après une mise à jour du modèle.",
        "Проверить после обновления шаблона.",
        "Revisar tras una actualización de la plantilla.",
    ),
}

# Which finding parameters fill %1, %2… of each rule's sentence above.
FINDING_PARAMS: dict[str, tuple[str, ...]] = {
    "below_minimum": ("value", "minimum"),
    "above_maximum": ("value", "maximum"),
    "disaggregation_mismatch": ("sum", "total"),
    "invalid_stored_value": ("value",),
    "required_missing": (),
    "cumulative_decreased": ("value", "previous"),
    "sudden_increase": ("value", "previous"),
    "needs_review": (),
}


def sheet_languages() -> tuple[str, ...]:
    """The languages the readable sheets can be written in (the six UN languages)."""
    return _LANGUAGES


def sheet_text(key: str, language: str, *values: object) -> str:
    """A label of the readable sheets in a language (English for another), %N filled."""
    texts = _TEXTS[key]
    index = _LANGUAGES.index(language) if language in _LANGUAGES else _LANGUAGES.index("en")
    return fill(texts[index], *values)


def sheet_keys() -> tuple[str, ...]:
    """Every label key (for the tests that check each has six languages)."""
    return tuple(_TEXTS)
