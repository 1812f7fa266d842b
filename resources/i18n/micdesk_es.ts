<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About micdesk</source>
        <translation>Acerca de micdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Reporting on UNIDO&apos;s work plan with middle-income countries, offline.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;micdesk %1&lt;/h3&gt;&lt;p&gt;Informes sobre el plan de trabajo de la ONUDI con los países de ingreso mediano, sin conexión.&lt;/p&gt;&lt;p&gt;Carpeta de datos: %2&lt;/p&gt;&lt;p&gt;Qt %3, PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This installation signs final returns with key %1.</source>
        <translation>Esta instalación firma los informes finales con la clave %1.</translation>
    </message>
</context>
<context>
    <name>AreaForm</name>
    <message>
        <source>Context of this work-plan row</source>
        <translation>Contexto de esta fila del plan de trabajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>UNIDO tools</source>
        <translation>Instrumentos de la ONUDI</translation>
    </message>
    <message>
        <source>Role of MIC governments</source>
        <translation>Función de los gobiernos de los PIM</translation>
    </message>
    <message>
        <source>Main outcomes</source>
        <translation>Resultados principales</translation>
    </message>
    <message>
        <source>UNIDO MIC-specific outputs</source>
        <translation>Productos de la ONUDI específicos para los PIM</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>Indicadores de éxito</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
</context>
<context>
    <name>AreaListModel</name>
    <message>
        <source>%1: %2 of %3 cells filled, %4, %5</source>
        <translation>%1: %2 de %3 celdas completadas; %4; %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskContributorDialog</name>
    <message>
        <source>Ask a contributor</source>
        <translation>Pedir datos a un colaborador</translation>
    </message>
    <message>
        <source>&amp;Whom to ask:</source>
        <translation>&amp;A quién pedir:</translation>
    </message>
    <message>
        <source>e.g. Ministry of Environment</source>
        <translation>p. ej., Ministerio de Medio Ambiente</translation>
    </message>
    <message>
        <source>&amp;Indicators they report on:</source>
        <translation>&amp;Indicadores sobre los que informan:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Libro del colaborador</translation>
    </message>
    <message>
        <source>&amp;Write the workbook</source>
        <translation>E&amp;scribir el libro</translation>
    </message>
    <message>
        <source>Say whom you ask (a ministry or office).</source>
        <translation>Indique a quién pide los datos (un ministerio u oficina).</translation>
    </message>
    <message>
        <source>Tick at least one indicator.</source>
        <translation>Marque al menos un indicador.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>No se escribió nada: %1</translation>
    </message>
    <message>
        <source>Written: %1. Send it to %2; load it back when it returns.</source>
        <translation>Escrito: %1. Envíelo a %2; cárguelo cuando vuelva.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Something went wrong (%1). The details are in the log: Help → Open the log folder.</source>
        <translation>Algo salió mal (%1). Los detalles están en el registro: Ayuda → Abrir la carpeta del registro.</translation>
    </message>
</context>
<context>
    <name>BreakdownGrid</name>
    <message>
        <source>paste into the breakdown</source>
        <translation>pegar en el desglose</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) fell outside the breakdown and were left out</source>
        <translation>
            <numerusform>%Ln valor quedaba fuera del desglose y se omitió</numerusform>
            <numerusform>%Ln valores quedaban fuera del desglose y se omitieron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) could not be read as numbers</source>
        <translation>
            <numerusform>%Ln valor no se pudo leer como número</numerusform>
            <numerusform>%Ln valores no se pudieron leer como números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %1 of %Ln value(s): %2.</source>
        <translation>
            <numerusform>Pegados: %1 de %Ln valor: %2.</numerusform>
            <numerusform>Pegados: %1 de %Ln valores: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>The country you report on. Type part of its name, in this language or in English, or its ISO code.</source>
        <translation>El país sobre el que informa. Escriba parte de su nombre, en este idioma o en inglés, o su código ISO.</translation>
    </message>
    <message>
        <source>No country matches: type part of its name or its code.</source>
        <translation>Ningún país coincide: escriba parte de su nombre o su código.</translation>
    </message>
    <message>
        <source>Choose your country in the list to go on.</source>
        <translation>Elija su país en la lista para continuar.</translation>
    </message>
    <message>
        <source>e.g. %1, Kenya or KEN</source>
        <translation>p. ej., %1, Kenya o KEN</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Buscar países</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>micdesk: the data file is damaged</source>
        <translation>micdesk: el archivo de datos está dañado</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>La copia de seguridad válida más reciente es del %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>No hay ninguna copia de seguridad válida que restaurar.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found damage in %1. You can restore the newest good backup (the damaged file is kept in the backups folder), or open the data read-only and export what can still be read.</source>
        <translation>La comprobación de SQLite encontró daños en %1. Puede restaurar la copia de seguridad válida más reciente (el archivo dañado se conserva en la carpeta de copias de seguridad) o abrir los datos en modo de solo lectura y exportar lo que aún pueda leerse.</translation>
    </message>
    <message>
        <source>The data file %1 is empty or missing, but the backups folder holds earlier data. Restore the newest good backup to go on; no backup has been deleted.</source>
        <translation>El archivo de datos %1 está vacío o no existe, pero la carpeta de copias de seguridad contiene datos anteriores. Restaure la copia de seguridad válida más reciente para continuar; no se ha eliminado ninguna copia.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
</context>
<context>
    <name>DisaggregationModel</name>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Your change to %1 was not saved: %2. The form shows what is stored; type the change again once the disk is ready.</source>
        <translation>Su cambio en %1 no se guardó: %2. El formulario muestra lo que está guardado; escriba el cambio de nuevo cuando el disco esté listo.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the data folder cannot be written to</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>the disk refused it (%1)</source>
        <translation>el disco lo rechazó (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>Exportar %1 %2</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo de exportación</translation>
    </message>
    <message>
        <source>&amp;Draft — can be written at any time; says DRAFT on its cover</source>
        <translation>&amp;Borrador: puede generarse en cualquier momento; lleva la mención DRAFT (borrador) en la portada</translation>
    </message>
    <message>
        <source>&amp;Submit to UNIDO — final: no errors, and a comment on every warning</source>
        <translation>Presentar a la &amp;ONUDI — versión final: sin errores y con un comentario en cada advertencia</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errores y advertencias</translation>
    </message>
    <message>
        <source>Export submission</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>A PDF of the exported workbook, to print and sign: the same rows and hash.</source>
        <translation>Un PDF del libro exportado, para imprimir y firmar: las mismas filas y la misma huella.</translation>
    </message>
    <message>
        <source>Export first: the PDF shows the exported workbook, with its hash.</source>
        <translation>Exporte primero: el PDF muestra el libro exportado, con su huella.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>Cop&amp;y path</source>
        <translation>Cop&amp;iar la ruta</translation>
    </message>
    <message>
        <source>Open the por&amp;tal</source>
        <translation>Abrir el por&amp;tal</translation>
    </message>
    <message>
        <source>%1 of %2 values filled (%3%).</source>
        <translation>%1 de %2 valores completados (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) to fix.</source>
        <translation>
            <numerusform>%Ln error por corregir.</numerusform>
            <numerusform>%Ln errores por corregir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain in a comment.</source>
        <translation>
            <numerusform>%Ln advertencia por explicar en un comentario.</numerusform>
            <numerusform>%Ln advertencias por explicar en un comentario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill, or to explain for a final export.</source>
        <translation>
            <numerusform>%Ln valor obligatorio por completar, o por explicar para una exportación final.</numerusform>
            <numerusform>%Ln valores obligatorios por completar, o por explicar para una exportación final.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final export needs every error fixed and every warning explained: %1</source>
        <translation>Una exportación final exige corregir cada error y explicar cada advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s) left.</source>
        <translation>
            <numerusform>queda %Ln error.</numerusform>
            <numerusform>quedan %Ln errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) left.</source>
        <translation>
            <numerusform>queda %Ln advertencia.</numerusform>
            <numerusform>quedan %Ln advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“%1” exists already in %2. Replace it?</source>
        <translation>«%1» ya existe en %2. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>Preguntas de la ONUDI</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of UNIDO&apos;s questions about this return are not answered. Answer them beside their fields first, or mark them “will answer later” and export now?</source>
        <translation>
            <numerusform>%Ln pregunta de la ONUDI sobre este informe no tiene respuesta. ¿Responderla primero junto a su campo, o marcarla «se responderá más tarde» y exportar ahora?</numerusform>
            <numerusform>%Ln preguntas de la ONUDI sobre este informe no tienen respuesta. ¿Responderlas primero junto a sus campos, o marcarlas «se responderá más tarde» y exportar ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “will answer later” and export</source>
        <translation>Marcar «se responderá más tarde» y exportar</translation>
    </message>
    <message>
        <source>Answer them first</source>
        <translation>Responder primero</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>final</source>
        <translation>versión final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Exported revision %1 (%2) to %3.</source>
        <translation>Revisión %1 (%2) exportada a %3.</translation>
    </message>
    <message>
        <source>Removed characters that Excel cannot hold: %1</source>
        <translation>Se quitaron caracteres que Excel no admite: %1</translation>
    </message>
    <message>
        <source>Next step: your file is “%1” in the folder %2.</source>
        <translation>Siguiente paso: su archivo es «%1», en la carpeta %2.</translation>
    </message>
    <message>
        <source>Upload this file to %1, as it is: do not open and re-save it in Excel.</source>
        <translation>Suba este archivo tal cual a %1: no lo abra ni lo vuelva a guardar en Excel.</translation>
    </message>
    <message>
        <source>Send this file to UNIDO, as it is: do not open and re-save it in Excel.</source>
        <translation>Envíe este archivo a la ONUDI tal cual: no lo abra ni lo vuelva a guardar en Excel.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>No se escribió nada. %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>No se guardó el PDF: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF (%Ln page(s)) to %1.</source>
        <translation>
            <numerusform>PDF guardado (%Ln página) en %1.</numerusform>
            <numerusform>PDF guardado (%Ln páginas) en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFindingsModel</name>
    <message>
        <source>Error in %1: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Advertencia en %1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Comment (explains a warning)</source>
        <translation>Comentario (explica una advertencia)</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>To do in %1: enter the figure, or NA, NE or C.</source>
        <translation>Pendiente en %1: introduzca la cifra, o NA, NE o C.</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Advertencia en %1: %2</translation>
    </message>
    <message>
        <source>Explained in %1: %2</source>
        <translation>Explicado en %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to micdesk</source>
        <translation>Bienvenido a micdesk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FocalPointPage</name>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, as in name@ministry.go.ke. Or leave it empty and add it later.</source>
        <translation>La dirección de correo está incompleta: necesita un nombre, @ y un dominio, como nombre@ministerio.go.ke. O déjela vacía y añádala más tarde.</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Shown on the cover of every submission you export.</source>
        <translation>Figura en la portada de cada informe que exporte.</translation>
    </message>
    <message>
        <source>Focal point na&amp;me:</source>
        <translation>N&amp;ombre del punto focal:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Focal point name</source>
        <translation>Nombre del punto focal</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>FormatLocaleDialog</name>
    <message>
        <source>Number and date format</source>
        <translation>Formato de números y fechas</translation>
    </message>
    <message>
        <source>&amp;Write numbers and dates as in:</source>
        <translation>&amp;Escribir números y fechas como en:</translation>
    </message>
    <message>
        <source>Automatic: as the system (%1)</source>
        <translation>Automático: como el sistema (%1)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>This changes only how numbers and dates are shown and typed, not the language of the interface. What you entered is stored exactly, whatever the format.</source>
        <translation>Esto solo cambia cómo se muestran y escriben los números y las fechas, no el idioma de la interfaz. Lo que ha introducido se guarda exactamente, sea cual sea el formato.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>micdesk user guide</source>
        <translation>Guía del usuario de micdesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>&amp;Reword the reason of the latest changes…</source>
        <translation>&amp;Reformular el motivo de los últimos cambios…</translation>
    </message>
    <message>
        <source>Changes of %1, oldest first:</source>
        <translation>Cambios de %1, del más antiguo al más reciente:</translation>
    </message>
    <message>
        <source>%1 has not been changed yet.</source>
        <translation>%1 aún no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>HqWindow</name>
    <message>
        <source>micdesk — UNIDO: consolidate returns</source>
        <translation>micdesk — ONUDI: consolidar los informes</translation>
    </message>
    <message>
        <source>Returns &amp;folder:</source>
        <translation>&amp;Carpeta de informes:</translation>
    </message>
    <message>
        <source>A folder of returns (.xlsx); you can drop it here</source>
        <translation>Una carpeta de informes (.xlsx); puede soltarla aquí</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Accept &amp;edited files</source>
        <translation>Aceptar archivos &amp;modificados</translation>
    </message>
    <message>
        <source>Also consolidate files changed by hand after export (still marked edited)</source>
        <translation>Consolidar también los archivos modificados a mano después de exportarlos (siguen marcados como modificados)</translation>
    </message>
    <message>
        <source>&amp;Consolidate</source>
        <translation>&amp;Consolidar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Open the consolidated workbook</source>
        <translation>&amp;Abrir el libro consolidado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Check a template</source>
        <translation>Comprobar una plantilla</translation>
    </message>
    <message>
        <source>Filter by file, country, period or reason</source>
        <translation>Filtrar por archivo, país, período o motivo</translation>
    </message>
    <message>
        <source>A template workbook an author is editing</source>
        <translation>Un libro de plantilla que un autor está editando</translation>
    </message>
    <message>
        <source>Check a &amp;template…</source>
        <translation>Comprobar una &amp;plantilla…</translation>
    </message>
    <message>
        <source>Yes/no: countries answering yes. Numbers: the sum over the countries. Cumulative: the sum of each country&apos;s latest figure, never a sum across periods. Percentages are not added up. NA, NE and C are listed, never counted as zero.</source>
        <translation>Sí/no: países que responden sí. Números: la suma de los países. Acumulativos: la suma de la última cifra de cada país, nunca una suma entre períodos. Los porcentajes no se suman. NA, NE y C se enumeran, nunca se cuentan como cero.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Folder of returns</source>
        <translation>Carpeta de informes</translation>
    </message>
    <message>
        <source>“%1” is not a folder: choose the folder of returns.</source>
        <translation>«%1» no es una carpeta: elija la carpeta de informes.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Leyendo los informes…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln file(s)</source>
        <translation>
            <numerusform>%1 de %Ln archivo</numerusform>
            <numerusform>%1 de %Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>None of the files is a readable micdesk return; nothing was written.</source>
        <translation>Ninguno de los archivos es un informe de micdesk legible; no se escribió nada.</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>No se pudo escribir el libro: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.</source>
        <translation>
            <numerusform>%Ln archivo leído; consolidados: %1, con problemas: %2; escrito en %3.</numerusform>
            <numerusform>%Ln archivos leídos; consolidados: %1, con problemas: %2; escrito en %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid: template “%1” version %2, %Ln indicator(s).</source>
        <translation>
            <numerusform>Válida: plantilla «%1» versión %2, %Ln indicador.</numerusform>
            <numerusform>Válida: plantilla «%1» versión %2, %Ln indicadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 yes</source>
        <translation>%1 de %2 sí</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Libro de plantilla</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook cannot be read: %1</source>
        <translation>No se puede leer el libro: %1</translation>
    </message>
    <message>
        <source>Problems found: %1. The template cannot be imported as it is.</source>
        <translation>Problemas encontrados: %1. La plantilla no puede importarse tal como está.</translation>
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
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Hint, breakdown, comment, source, follow-up, trend and history</source>
        <translation>Ayuda, desglose, comentario, fuente, seguimiento, tendencia e historial</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Blank is not zero: choose NA, NE or C when there is no figure.</source>
        <translation>En blanco no es cero: elija NA, NE o C cuando no haya cifra.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notation key&lt;/b&gt;: what to say when there is no figure (a blank is not zero).&lt;br&gt;&lt;b&gt;NA — not applicable&lt;/b&gt;: the indicator does not apply to your country in this period.&lt;br&gt;&lt;b&gt;NE — not estimated&lt;/b&gt;: it applies, but no figure exists or could be estimated.&lt;br&gt;&lt;b&gt;C — confidential&lt;/b&gt;: a figure exists but cannot be shared.&lt;br&gt;A cell holds a value or a key, never both.</source>
        <translation>&lt;b&gt;Clave de notación&lt;/b&gt;: qué indicar cuando no hay cifra (una casilla vacía no es un cero).&lt;br&gt;&lt;b&gt;NA — no aplicable&lt;/b&gt;: el indicador no se aplica a su país en este período.&lt;br&gt;&lt;b&gt;NE — no estimado&lt;/b&gt;: se aplica, pero no existe ninguna cifra o no pudo estimarse.&lt;br&gt;&lt;b&gt;C — confidencial&lt;/b&gt;: la cifra existe pero no puede compartirse.&lt;br&gt;Una celda contiene un valor o una clave, nunca ambos.</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>%1 notation key</source>
        <translation>Clave de notación de %1</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>Comentario de %1</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>Fuente de %1</translation>
    </message>
    <message>
        <source>%1 follow up</source>
        <translation>Seguimiento de %1</translation>
    </message>
    <message>
        <source>%1 breakdown</source>
        <translation>Desglose de %1</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Período anterior (%1): %2</translation>
    </message>
    <message>
        <source>Prev. (%1): %2</source>
        <translation>Ant. (%1): %2</translation>
    </message>
    <message>
        <source>Baseline (%1): %2</source>
        <translation>Base de referencia (%1): %2</translation>
    </message>
    <message>
        <source>Base. (%1): %2</source>
        <translation>Base (%1): %2</translation>
    </message>
    <message>
        <source>Tgt. (%1): %2</source>
        <translation>Meta (%1): %2</translation>
    </message>
    <message>
        <source>Details •</source>
        <translation>Detalles •</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>To explain</source>
        <translation>Por explicar</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explicado</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>Meta (%1): %2</translation>
    </message>
    <message>
        <source>No figure?</source>
        <translation>¿Sin cifra?</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 (converted to this version)</source>
        <translation>Período anterior (%1): %2 (convertido a esta versión)</translation>
    </message>
    <message>
        <source>Enter the breakdown: the cells must add up to the total.</source>
        <translation>Introduzca el desglose: la suma de las celdas debe ser igual al total.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1: it does not match the total %2.</source>
        <translation>El desglose suma %1, que no coincide con el total %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1.</source>
        <translation>El desglose suma %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it like %2, or NA, NE or C.</source>
        <translation>«%1» no es un número. Escríbalo como %2, o NA, NE o C.</translation>
    </message>
    <message>
        <source>Enter a whole number, not %1.</source>
        <translation>Introduzca un número entero, no %1.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language micdesk speaks and shows the work plan in.</source>
        <translation>El idioma de micdesk y del plan de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>LoadContributionDialog</name>
    <message>
        <source>Load a contributor&apos;s workbook</source>
        <translation>Cargar el libro de un colaborador</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Libro:</translation>
    </message>
    <message>
        <source>Contributor workbook</source>
        <translation>Libro del colaborador</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>&amp;Load the valid values</source>
        <translation>&amp;Cargar los valores válidos</translation>
    </message>
    <message>
        <source>Where a value differs from yours:</source>
        <translation>Cuando un valor difiere del suyo:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: not back yet</source>
        <translation>Pedido a %1 el %2: aún no ha vuelto</translation>
    </message>
    <message>
        <source>Asked of %1 on %2: back on %3</source>
        <translation>Pedido a %1 el %2: volvió el %3</translation>
    </message>
    <message>
        <source>No contributor has been asked yet.</source>
        <translation>Todavía no se ha pedido datos a ningún colaborador.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>No se cargó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.</source>
        <translation>
            <numerusform>De %1: %Ln valor para cargar; no válidos: %2; distintos de los suyos: %3.</numerusform>
            <numerusform>De %1: %Ln valores para cargar; no válidos: %2; distintos de los suyos: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid cells (not loaded)</source>
        <translation>Celdas no válidas (no se cargan)</translation>
    </message>
    <message>
        <source>Values that differ from yours</source>
        <translation>Valores distintos de los suyos</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Valores nuevos</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) from %1.</source>
        <translation>
            <numerusform>Se cargó %Ln valor de %1.</numerusform>
            <numerusform>Se cargaron %Ln valores de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadDialog</name>
    <message>
        <source>Load a submission</source>
        <translation>Cargar un informe</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Libro:</translation>
    </message>
    <message>
        <source>Submission workbook</source>
        <translation>Libro del informe</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>Lee&amp;r</translation>
    </message>
    <message>
        <source>The file was edited after export. Load it anyway (every change is listed above).</source>
        <translation>El archivo se modificó después de exportarse. Cargarlo de todos modos (cada cambio figura arriba).</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Mantener todos los míos</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>&amp;Tomar todos los del archivo</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>C&amp;argar</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Cambios y conflictos</translation>
    </message>
    <message>
        <source>Choose a submission workbook: nothing changes until you load it.</source>
        <translation>Elija un libro de informe: nada cambia hasta que lo cargue.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>versión final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.</source>
        <translation>
            <numerusform>%1 (%2), período %3, revisión %4 (%5), exportado el %6: %Ln valor nuevo, %7, %8.</numerusform>
            <numerusform>%1 (%2), período %3, revisión %4 (%5), exportado el %6: %Ln valores nuevos, %7, %8.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already the same</source>
        <translation>
            <numerusform>%Ln ya idéntico</numerusform>
            <numerusform>%Ln ya idénticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln value(s) and %1; %2; %3.</source>
        <translation>
            <numerusform>Cargado: %Ln valor y %1; %2; %3.</numerusform>
            <numerusform>Cargados: %Ln valores y %1; %2; %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln narrative(s)</source>
        <translation>
            <numerusform>%Ln relato</numerusform>
            <numerusform>%Ln relatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln of yours</source>
        <translation>
            <numerusform>se conservó %Ln de los suyos</numerusform>
            <numerusform>se conservaron %Ln de los suyos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) could not be loaded</source>
        <translation>
            <numerusform>%Ln fila no pudo cargarse</numerusform>
            <numerusform>%Ln filas no pudieron cargarse</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was exported on template version %1; version %2 is installed.</source>
        <translation>El archivo se exportó con la versión %1 de la plantilla; está instalada la versión %2.</translation>
    </message>
    <message>
        <source>This file cannot be read as a micdesk submission; nothing was loaded. Details: %1</source>
        <translation>Este archivo no puede leerse como un informe de micdesk; no se cargó nada. Detalles: %1</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>No se cargó nada: %1</translation>
    </message>
</context>
<context>
    <name>LoadPlanModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 (comment: %2)</source>
        <translation>%1 (comentario: %2)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el del archivo</translation>
    </message>
    <message>
        <source>%1 narrative: %2</source>
        <translation>Relato %1: %2</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>El mío (este equipo)</translation>
    </message>
    <message>
        <source>Theirs (the file)</source>
        <translation>El del archivo</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
</context>
<context>
    <name>LoadReviewDialog</name>
    <message>
        <source>Load a UNIDO review</source>
        <translation>Cargar una revisión de la ONUDI</translation>
    </message>
    <message>
        <source>&amp;Review workbook:</source>
        <translation>Libro de &amp;revisión:</translation>
    </message>
    <message>
        <source>UNIDO review workbook</source>
        <translation>Libro de revisión de la ONUDI</translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>Libro de revisión</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Kee&amp;p the questions to answer</source>
        <translation>&amp;Guardar las preguntas para responderlas</translation>
    </message>
    <message>
        <source>The review was edited after UNIDO wrote it: &amp;load it anyway</source>
        <translation>La revisión se modificó después de que la ONUDI la escribiera: &amp;cargarla de todos modos</translation>
    </message>
    <message>
        <source>UNIDO&apos;s questions</source>
        <translation>Preguntas de la ONUDI</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>No se cargó nada: %1</translation>
    </message>
    <message>
        <source>Keep the questions to answer them beside their fields.</source>
        <translation>Guarde las preguntas para responderlas junto a sus campos.</translation>
    </message>
    <message numerus="yes">
        <source>UNIDO&apos;s questions about %1 %2, revision %3: %Ln question(s).</source>
        <translation>
            <numerusform>Preguntas de la ONUDI sobre %1 %2, revisión %3: %Ln pregunta.</numerusform>
            <numerusform>Preguntas de la ONUDI sobre %1 %2, revisión %3: %Ln preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) from UNIDO to answer in %1 %2.</source>
        <translation>
            <numerusform>%Ln pregunta de la ONUDI por responder en %1 %2.</numerusform>
            <numerusform>%Ln preguntas de la ONUDI por responder en %1 %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Number and &amp;date format…</source>
        <translation>Formato de números y &amp;fechas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Problems panel</source>
        <translation>Panel de &amp;problemas</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;Country: </source>
        <translation>&amp;País: </translation>
    </message>
    <message>
        <source> &amp;Period: </source>
        <translation> Pe&amp;ríodo: </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período de informe</translation>
    </message>
    <message>
        <source>Work-plan rows</source>
        <translation>Filas del plan de trabajo</translation>
    </message>
    <message>
        <source>Read-only: the data file is damaged. Export what you need, then restore a backup.</source>
        <translation>Solo lectura: el archivo de datos está dañado. Exporte lo que necesite y luego restaure una copia de seguridad.</translation>
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
        <translation>%1 está fuera de los períodos que puede iniciar: de %2 a %3.</translation>
    </message>
    <message>
        <source>There is no submission for %1 %2 yet. Start an empty one?</source>
        <translation>Aún no hay informe para %1 %2. ¿Empezar uno vacío?</translation>
    </message>
    <message>
        <source>Start a new period?</source>
        <translation>¿Empezar un nuevo período?</translation>
    </message>
    <message>
        <source>Every change is saved as soon as you leave a field.</source>
        <translation>Cada cambio se guarda en cuanto sale de un campo.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>%1 of %2 cells filled (%3%)</source>
        <translation>%1 de %2 celdas completadas (%3 %)</translation>
    </message>
    <message>
        <source>The reason now reads “%1”. Type the new wording: it replaces the old one for every change since the last export.</source>
        <translation>El motivo dice ahora «%1». Escriba la nueva redacción: sustituye a la anterior en cada cambio desde la última exportación.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Changes saved by another program were loaded.</source>
        <translation>Se han cargado los cambios guardados por otro programa.</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Pro&amp;gress made in the period</source>
        <translation>Avan&amp;ces logrados en el período</translation>
    </message>
    <message>
        <source>Ch&amp;allenges met</source>
        <translation>&amp;Dificultades encontradas</translation>
    </message>
    <message>
        <source>Support &amp;needed from UNIDO</source>
        <translation>Apoyo &amp;necesario de la ONUDI</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>At most %1 characters: shorten the text to save it.</source>
        <translation>Como máximo %1 caracteres: acorte el texto para guardarlo.</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <source>The period you report on now; you can switch periods later.</source>
        <translation>El período sobre el que informa ahora; podrá cambiar de período más adelante.</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Período del &amp;informe:</translation>
    </message>
</context>
<context>
    <name>QueryItem</name>
    <message>
        <source>UNIDO asks: %1</source>
        <translation>La ONUDI pregunta: %1</translation>
    </message>
    <message>
        <source>UNIDO saw: %1</source>
        <translation>Valor que vio la ONUDI: %1</translation>
    </message>
    <message>
        <source>changed since: now %1</source>
        <translation>cambiado desde entonces: ahora %1</translation>
    </message>
    <message>
        <source>Your answer (or correct the value and press Answer)</source>
        <translation>Su respuesta (o corrija el valor y pulse Responder)</translation>
    </message>
    <message>
        <source>Answer to UNIDO</source>
        <translation>Respuesta a la ONUDI</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Cambiar la respuesta</translation>
    </message>
    <message>
        <source>Will answer later</source>
        <translation>Responderé más tarde</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history, where you can reword it):</source>
        <translation>&amp;Motivo (se guarda en el historial, donde puede reformularlo):</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>made by a micdesk whose data format is version %1</source>
        <translation>hecha por un micdesk cuyo formato de datos es la versión %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from %1? What you entered since then is kept in a new backup, not in the data you will work on.</source>
        <translation>¿Reemplazar los datos actuales por la copia de seguridad del %1? Lo que haya introducido desde entonces se conserva en una nueva copia de seguridad, no en los datos con los que trabajará.</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. micdesk takes one each day, before each schema upgrade and before each restore.</source>
        <translation>&amp;Copias de seguridad de %1, la más reciente primero. micdesk hace una cada día, antes de cada actualización del esquema y antes de cada restauración.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message numerus="yes">
        <source>%1 of %Ln country(ies) reported (%2 %)</source>
        <translation>
            <numerusform>Informaron %1 de %Ln país (%2 %)</numerusform>
            <numerusform>Informaron %1 de %Ln países (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>&amp;Save my public key…</source>
        <translation>&amp;Guardar mi clave pública…</translation>
    </message>
    <message>
        <source>&amp;Make a new key pair…</source>
        <translation>&amp;Crear un nuevo par de claves…</translation>
    </message>
    <message>
        <source>UNIDO template keys trusted here</source>
        <translation>Claves de plantilla de la ONUDI de confianza aquí</translation>
    </message>
    <message>
        <source>&amp;Trust a key file…</source>
        <translation>Con&amp;fiar en un archivo de clave…</translation>
    </message>
    <message>
        <source>&amp;Accept only templates signed by UNIDO</source>
        <translation>&amp;Aceptar solo plantillas firmadas por la ONUDI</translation>
    </message>
    <message>
        <source>Final returns exported here are signed with key %1. Send your public key to UNIDO once, so that UNIDO can tell your returns from forgeries.</source>
        <translation>Los informes finales exportados aquí se firman con la clave %1. Envíe una vez su clave pública a la ONUDI para que pueda distinguir sus informes de las falsificaciones.</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (revocada)</translation>
    </message>
    <message>
        <source>None: templates are checked for changes, not for who signed them.</source>
        <translation>Ninguna: se comprueba que las plantillas no hayan cambiado, no quién las firmó.</translation>
    </message>
    <message>
        <source>Save my public key</source>
        <translation>Guardar mi clave pública</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Claves públicas (*.pub)</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>La clave no se guardó: %1</translation>
    </message>
    <message>
        <source>Saved your public key to %1.</source>
        <translation>Su clave pública se guardó en %1.</translation>
    </message>
    <message>
        <source>Make a new key pair</source>
        <translation>Crear un nuevo par de claves</translation>
    </message>
    <message>
        <source>Returns exported from now on will be signed with a new key, which UNIDO must register before it recognises them. Returns already sent stay verifiable. Make a new key pair?</source>
        <translation>Los informes que se exporten a partir de ahora se firmarán con una clave nueva, que la ONUDI debe registrar antes de reconocerlos. Los informes ya enviados siguen siendo verificables. ¿Crear un nuevo par de claves?</translation>
    </message>
    <message>
        <source>New key pair made: save your new public key for UNIDO.</source>
        <translation>Nuevo par de claves creado: guarde su nueva clave pública para la ONUDI.</translation>
    </message>
    <message>
        <source>Trust a UNIDO key</source>
        <translation>Confiar en una clave de la ONUDI</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key; nothing was changed.</source>
        <translation>%1 no es una clave pública Ed25519; no se cambió nada.</translation>
    </message>
    <message>
        <source>Templates signed by key %1 are now trusted.</source>
        <translation>Ahora se confía en las plantillas firmadas con la clave %1.</translation>
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
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Opening the data file…</source>
        <translation>Abriendo el archivo de datos…</translation>
    </message>
</context>
<context>
    <name>SubmissionPdf</name>
    <message>
        <source>FINAL — submitted to UNIDO</source>
        <translation>DEFINITIVO — presentado a la ONUDI</translation>
    </message>
    <message>
        <source>DRAFT — work in progress, not a submission to UNIDO</source>
        <translation>BORRADOR — trabajo en curso, no es una presentación a la ONUDI</translation>
    </message>
    <message>
        <source>UNIDO–MIC work plan submission</source>
        <translation>Informe del plan de trabajo ONUDI–PIM</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>final</source>
        <translation>versión final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 cells)</source>
        <translation>%1 % (%2 de %3 celdas)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exportado el (UTC)</translation>
    </message>
    <message>
        <source>Submission UUID</source>
        <translation>UUID del informe</translation>
    </message>
    <message>
        <source>micdesk version</source>
        <translation>Versión de micdesk</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 de los datos</translation>
    </message>
    <message>
        <source>Signed by installation key</source>
        <translation>Firmado con la clave de la instalación</translation>
    </message>
    <message>
        <source>Notation keys: %1. A blank cell was not reported.</source>
        <translation>Claves de notación: %1. Una celda en blanco no se ha notificado.</translation>
    </message>
    <message>
        <source>Approved for submission to UNIDO</source>
        <translation>Aprobado para su presentación a la ONUDI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3 cells)</source>
        <translation>Completitud: %1 % (%2 de %3 celdas)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresos</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Dificultades</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Apoyo necesario de la ONUDI</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Open problems (%1)</source>
        <translation>Problemas pendientes (%1)</translation>
    </message>
    <message>
        <source>Open problems: none</source>
        <translation>Problemas pendientes: ninguno</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>DEFINITIVO</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusLine</name>
    <message>
        <source>Reword…</source>
        <translation>Reformular…</translation>
    </message>
    <message>
        <source>Reword the reason given for the changes since the export</source>
        <translation>Reformular el motivo dado para los cambios desde la exportación</translation>
    </message>
    <message>
        <source>Not exported yet</source>
        <translation>Aún no exportado</translation>
    </message>
    <message>
        <source>Final r%1, exported %2</source>
        <translation>Final r%1, exportado el %2</translation>
    </message>
    <message>
        <source>Draft r%1, exported %2</source>
        <translation>Borrador r%1, exportado el %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since</source>
        <translation>
            <numerusform>%Ln cambio desde entonces</numerusform>
            <numerusform>%Ln cambios desde entonces</numerusform>
        </translation>
    </message>
    <message>
        <source>no change since</source>
        <translation>ningún cambio desde entonces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln advertencia por explicar</numerusform>
            <numerusform>%Ln advertencias por explicar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln required value(s) to fill</source>
        <translation>
            <numerusform>%Ln valor obligatorio por completar</numerusform>
            <numerusform>%Ln valores obligatorios por completar</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing left to fix</source>
        <translation>nada más que corregir</translation>
    </message>
    <message>
        <source>Reason: “%1”</source>
        <translation>Motivo: «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <source>Import a template update</source>
        <translation>Importar una actualización de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Libro:</translation>
    </message>
    <message>
        <source>Template workbook</source>
        <translation>Libro de la plantilla</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Apply the update</source>
        <translation>A&amp;plicar la actualización</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Choose the template workbook UNIDO sent you; nothing changes until you apply it.</source>
        <translation>Elija el libro de plantilla que le envió la ONUDI; nada cambia hasta que lo aplique.</translation>
    </message>
    <message>
        <source>Signed by UNIDO key %1.</source>
        <translation>Firmada con la clave de la ONUDI %1.</translation>
    </message>
    <message>
        <source>Unsigned: nothing proves this template comes from UNIDO. Apply it only if you trust where it came from.</source>
        <translation>Sin firma: nada prueba que esta plantilla provenga de la ONUDI. Aplíquela solo si confía en su procedencia.</translation>
    </message>
    <message>
        <source>“%1” version %2 is a new template; it will be installed beside yours.</source>
        <translation>«%1», versión %2, es una plantilla nueva; se instalará junto a la suya.</translation>
    </message>
    <message>
        <source>“%1”: version %2 → %3. These are the changes; entered values are never deleted.</source>
        <translation>«%1»: versión %2 → %3. Estos son los cambios; los valores introducidos nunca se eliminan.</translation>
    </message>
    <message>
        <source>Areas added</source>
        <translation>Áreas añadidas</translation>
    </message>
    <message>
        <source>Areas removed</source>
        <translation>Áreas suprimidas</translation>
    </message>
    <message>
        <source>Areas relabelled</source>
        <translation>Áreas con nuevo nombre</translation>
    </message>
    <message>
        <source>Indicators added</source>
        <translation>Indicadores añadidos</translation>
    </message>
    <message>
        <source>Indicators removed (their values are archived, not deleted)</source>
        <translation>Indicadores suprimidos (sus valores se archivan, no se eliminan)</translation>
    </message>
    <message>
        <source>Indicators replaced (their values move)</source>
        <translation>Indicadores reemplazados (sus valores se trasladan)</translation>
    </message>
    <message>
        <source>Indicators relabelled</source>
        <translation>Indicadores con nuevo nombre</translation>
    </message>
    <message>
        <source>Indicators changed</source>
        <translation>Indicadores modificados</translation>
    </message>
    <message>
        <source>Template settings changed</source>
        <translation>Configuración de la plantilla modificada</translation>
    </message>
    <message>
        <source>Choice lists changed</source>
        <translation>Listas de opciones modificadas</translation>
    </message>
    <message>
        <source>Disaggregations changed</source>
        <translation>Desgloses modificados</translation>
    </message>
    <message>
        <source>Your entered values (%1)</source>
        <translation>Sus valores introducidos (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Why values are flagged for review</source>
        <translation>Por qué se marcan valores para revisión</translation>
    </message>
    <message>
        <source>No changes to areas, indicators or lists.</source>
        <translation>No hay cambios en áreas, indicadores ni listas.</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Trasladado: %1</translation>
    </message>
    <message>
        <source>Converted: %1</source>
        <translation>Convertido: %1</translation>
    </message>
    <message>
        <source>Summed: %1</source>
        <translation>Sumado: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Repartido: %1</translation>
    </message>
    <message>
        <source>To review: %1</source>
        <translation>Por revisar: %1</translation>
    </message>
    <message>
        <source>(crosswalk row %1)</source>
        <translation>(fila %1 de la tabla de correspondencia)</translation>
    </message>
    <message>
        <source>(crosswalk rows %1)</source>
        <translation>(filas %1 de la tabla de correspondencia)</translation>
    </message>
    <message>
        <source>%1: values carried by the crosswalk</source>
        <translation>%1: valores trasladados por la tabla de correspondencia</translation>
    </message>
    <message>
        <source>Installed version %1. Values: %2 before, %3 after (%4 moved, %5 archived, %6 restored, %7 flagged for review); nothing deleted.</source>
        <translation>Versión %1 instalada. Valores: %2 antes, %3 después (trasladados: %4; archivados: %5; recuperados: %6; para revisión: %7); no se eliminó nada.</translation>
    </message>
    <message>
        <source>The workbook cannot be read; nothing was changed. Details: %1</source>
        <translation>No se puede leer el libro; no se cambió nada. Detalles: %1</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>Problemas encontrados (%1)</translation>
    </message>
    <message>
        <source>The workbook has problems; nothing was changed.</source>
        <translation>El libro tiene problemas; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) move to a replacing indicator</source>
        <translation>
            <numerusform>%Ln valor se traslada a un indicador sustituto</numerusform>
            <numerusform>%Ln valores se trasladan a un indicador sustituto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are archived (kept, not deleted)</source>
        <translation>
            <numerusform>%Ln valor se archiva (se conserva, no se elimina)</numerusform>
            <numerusform>%Ln valores se archivan (se conservan, no se eliminan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) come back from the archive</source>
        <translation>
            <numerusform>%Ln valor se recupera del archivo</numerusform>
            <numerusform>%Ln valores se recuperan del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) are flagged for review</source>
        <translation>
            <numerusform>%Ln valor se marca para revisión</numerusform>
            <numerusform>%Ln valores se marcan para revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Values before the import: %1; after it: %2 (nothing deleted)</source>
        <translation>Valores antes de la importación: %1; después: %2 (no se elimina nada)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>%1 (converted)</source>
        <translation>%1 (convertido)</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s) to explain</source>
        <translation>
            <numerusform>%Ln advertencia por explicar</numerusform>
            <numerusform>%Ln advertencias por explicar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln explained</source>
        <translation>
            <numerusform>%Ln explicado</numerusform>
            <numerusform>%Ln explicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) to fill</source>
        <translation>
            <numerusform>%Ln valor por completar</numerusform>
            <numerusform>%Ln valores por completar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UNIDO question(s) to answer</source>
        <translation>
            <numerusform>%Ln pregunta de la ONUDI por responder</numerusform>
            <numerusform>%Ln preguntas de la ONUDI por responder</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every value passes the checks.</source>
        <translation>Sin problemas: todos los valores superan las comprobaciones.</translation>
    </message>
    <message>
        <source>%1. Click one to go to its field.</source>
        <translation>%1. Haga clic en uno para ir a su campo.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Texts not saved</source>
        <translation>Textos no guardados</translation>
    </message>
    <message>
        <source>UNIDO asks</source>
        <translation>La ONUDI pregunta</translation>
    </message>
    <message>
        <source>UNIDO asks about %1: %2</source>
        <translation>La ONUDI pregunta sobre %1: %2</translation>
    </message>
    <message>
        <source>will answer later</source>
        <translation>se responderá más tarde</translation>
    </message>
    <message>
        <source>Not saved in %1: “%2” is not a number. Correct or clear it.</source>
        <translation>No guardado en %1: «%2» no es un número. Corríjalo o bórrelo.</translation>
    </message>
</context>
<context>
    <name>WorkbookPathRow</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export submission…</source>
        <translation>&amp;Exportar el informe…</translation>
    </message>
    <message>
        <source>Write the submission workbook for UNIDO (draft or final)</source>
        <translation>Generar el libro del informe para la ONUDI (borrador o versión final)</translation>
    </message>
    <message>
        <source>&amp;Import template…</source>
        <translation>&amp;Importar plantilla…</translation>
    </message>
    <message>
        <source>Install a new work-plan template version from UNIDO</source>
        <translation>Instalar una nueva versión de la plantilla del plan de trabajo enviada por la ONUDI</translation>
    </message>
    <message>
        <source>&amp;Load submission…</source>
        <translation>&amp;Cargar un informe…</translation>
    </message>
    <message>
        <source>Merge the values of a submission workbook into this store</source>
        <translation>Combinar los valores de un libro de informe con estos datos</translation>
    </message>
    <message>
        <source>Add a &amp;country…</source>
        <translation>Añadir un &amp;país…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace the data with one of the automatic backups</source>
        <translation>Reemplazar los datos por una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Ask a contri&amp;butor…</source>
        <translation>Pedir datos a un cola&amp;borador…</translation>
    </message>
    <message>
        <source>Write a workbook for another ministry with just the indicators it owns</source>
        <translation>Escribir un libro para otro ministerio solo con los indicadores que le corresponden</translation>
    </message>
    <message>
        <source>Load a con&amp;tributor&apos;s workbook…</source>
        <translation>Car&amp;gar el libro de un colaborador…</translation>
    </message>
    <message>
        <source>Check a returned contributor workbook and load it</source>
        <translation>Comprobar el libro devuelto por un colaborador y cargarlo</translation>
    </message>
    <message>
        <source>Load a UNIDO re&amp;view…</source>
        <translation>Cargar una revisión de la &amp;ONUDI…</translation>
    </message>
    <message>
        <source>Read UNIDO&apos;s questions about a return, to answer them beside their fields</source>
        <translation>Leer las preguntas de la ONUDI sobre un informe, para responderlas junto a sus campos</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Cla&amp;ves de firma…</translation>
    </message>
    <message>
        <source>This installation&apos;s key for returns, and the UNIDO keys trusted here</source>
        <translation>La clave de esta instalación para los informes y las claves de la ONUDI de confianza aquí</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Go to the next &amp;problem</source>
        <translation>Ir al &amp;problema siguiente</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>The log of what went wrong, to send to whoever supports you</source>
        <translation>El registro de lo que falló, para enviarlo a quien le da soporte</translation>
    </message>
    <message>
        <source>&amp;About micdesk</source>
        <translation>&amp;Acerca de micdesk</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>change %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <source>change the narrative “%1” of %2</source>
        <translation>cambiar el relato «%1» de %2</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 es inferior al mínimo %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 es superior al máximo %2.</translation>
    </message>
    <message>
        <source>The breakdown adds up to %1, but the total is %2.</source>
        <translation>El desglose suma %1, pero el total es %2.</translation>
    </message>
    <message>
        <source>The stored value “%1” does not fit this indicator any more.</source>
        <translation>El valor guardado «%1» ya no corresponde a este indicador.</translation>
    </message>
    <message>
        <source>Required: enter the figure, or NA, NE or C if there is none.</source>
        <translation>Obligatorio: introduzca la cifra, o NA, NE o C si no la hay.</translation>
    </message>
    <message>
        <source>The cumulative value %1 is below the previous period&apos;s %2: explain it in a comment.</source>
        <translation>El valor acumulado %1 es inferior al del período anterior (%2): explíquelo en un comentario.</translation>
    </message>
    <message>
        <source>%1 is more than three times the previous period&apos;s %2: confirm it in a comment.</source>
        <translation>%1 supera el triple del valor del período anterior (%2): confírmelo en un comentario.</translation>
    </message>
    <message>
        <source>To review after a template update: %1</source>
        <translation>Por revisar tras una actualización de la plantilla: %1</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Notation key</source>
        <translation>Clave de notación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Follow-up flag</source>
        <translation>Marca de seguimiento</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Código del indicador</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Loaded file</source>
        <translation>Archivo cargado</translation>
    </message>
    <message>
        <source>Template update</source>
        <translation>Actualización de la plantilla</translation>
    </message>
    <message>
        <source>Template update (crosswalk)</source>
        <translation>Actualización de la plantilla (tabla de correspondencia)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>Not loadable: %1 row %2 (%3): %4</source>
        <translation>No se puede cargar: %1, fila %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>narrative</name>
    <message>
        <source>Progress made in the period</source>
        <translation>Avances logrados en el período</translation>
    </message>
    <message>
        <source>Challenges met</source>
        <translation>Dificultades encontradas</translation>
    </message>
    <message>
        <source>Support needed from UNIDO</source>
        <translation>Apoyo necesario de la ONUDI</translation>
    </message>
</context>
<context>
    <name>notation</name>
    <message>
        <source>NA — not applicable</source>
        <translation>NA — no aplicable</translation>
    </message>
    <message>
        <source>NE — not estimated</source>
        <translation>NE — no estimado</translation>
    </message>
    <message>
        <source>C — confidential</source>
        <translation>C — confidencial</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>“%1” is not an annual reporting period such as %2.</source>
        <translation>«%1» no es un período anual del informe, como %2.</translation>
    </message>
    <message>
        <source>“%1” is not a half-yearly reporting period such as %2.</source>
        <translation>«%1» no es un período semestral del informe, como %2.</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 no es un número finito.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 admite un número entero, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>%1 admite un número, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes a finite number, not “%2”.</source>
        <translation>%1 admite un número finito, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes yes or no, not “%2”.</source>
        <translation>%1 admite sí o no, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes text, not “%2”.</source>
        <translation>%1 admite texto, no «%2».</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not “%3”.</source>
        <translation>%1 admite uno de %2, no «%3».</translation>
    </message>
    <message>
        <source>%1 takes some of %2, not “%3”.</source>
        <translation>%1 admite algunos de %2, no «%3».</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>%1: “%2” is not yes or no.</source>
        <translation>%1: «%2» no es sí ni no.</translation>
    </message>
    <message>
        <source>There is no indicator %1 in template %2, version %3.</source>
        <translation>No hay ningún indicador %1 en la plantilla %2, versión %3.</translation>
    </message>
    <message>
        <source>Indicator %1 has no cell “%2”.</source>
        <translation>El indicador %1 no tiene la celda «%2».</translation>
    </message>
    <message>
        <source>%1: a cell holds a value or a notation key, not both.</source>
        <translation>%1: una celda contiene un valor o una clave de notación, no ambos.</translation>
    </message>
    <message>
        <source>This data is open read-only because the data file is damaged: export what you need, then restore a backup (File → Restore a backup).</source>
        <translation>Estos datos están abiertos en solo lectura porque el archivo de datos está dañado: exporte lo que necesite y luego restaure una copia de seguridad (Archivo → Restaurar una copia de seguridad).</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 has %3 characters; at most %4 are allowed.</source>
        <translation>El relato «%1» de %2 tiene %3 caracteres; se admiten %4 como máximo.</translation>
    </message>
    <message>
        <source>UNIDO received %1 in final revision %2. Say why it changes: one reason covers every change until your next export.</source>
        <translation>La ONUDI recibió %1 en la revisión final %2. Diga por qué cambia: un solo motivo cubre todos los cambios hasta su próxima exportación.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-3 country code such as KEN.</source>
        <translation>«%1» no es un código de país ISO 3166-1 alfa-3 como KEN.</translation>
    </message>
    <message>
        <source>%1 is on the template “%2”, which is not installed: import it first (File → Import template…).</source>
        <translation>%1 usa la plantilla «%2», que no está instalada: impórtela primero (Archivo → Importar plantilla…).</translation>
    </message>
    <message>
        <source>%1 was edited after it was exported; nothing was loaded. Check the changes listed and accept the edited file to load it.</source>
        <translation>%1 se modificó después de exportarse; no se cargó nada. Revise los cambios indicados y acepte el archivo modificado para cargarlo.</translation>
    </message>
    <message>
        <source>%1 conflicts need a choice: keep yours or take theirs.</source>
        <translation>Conflictos que requieren una elección: %1 (conservar el suyo o tomar el del archivo).</translation>
    </message>
    <message>
        <source>The submission was removed since the file was read; read it again.</source>
        <translation>El informe se eliminó después de leer el archivo; vuelva a leerlo.</translation>
    </message>
    <message>
        <source>None of the values in %1 can go into the installed template (%2 not loadable); nothing was loaded.</source>
        <translation>Ninguno de los valores de %1 cabe en la plantilla instalada (%2 no cargables); no se ha cargado nada.</translation>
    </message>
    <message>
        <source>The data changed since the file was read; read it again.</source>
        <translation>Los datos cambiaron después de leer el archivo; vuelva a leerlo.</translation>
    </message>
    <message>
        <source>%1 changed since the file was read; read it again.</source>
        <translation>%1 cambió después de leer el archivo; vuelva a leerlo.</translation>
    </message>
    <message>
        <source>The narrative “%1” of %2 changed since the file was read; read it again.</source>
        <translation>El relato «%1» de %2 cambió después de leer el archivo; vuelva a leerlo.</translation>
    </message>
    <message>
        <source>There is no area %1 in version %2 of the template.</source>
        <translation>No hay ningún ámbito %1 en la versión %2 de la plantilla.</translation>
    </message>
    <message>
        <source>“%1” is not a narrative field (%2).</source>
        <translation>«%1» no es un campo de relato (%2).</translation>
    </message>
    <message>
        <source>%1 characters; at most %2 are allowed.</source>
        <translation>%1 caracteres; se admiten %2 como máximo.</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the template was changed after it was signed. Nothing was changed.</source>
        <translation>%1: la firma no coincide: la plantilla se modificó después de firmarse. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which is not a trusted UNIDO key. Nothing was changed.</source>
        <translation>%1 está firmada con la clave %2, que no es una clave de confianza de la ONUDI. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which UNIDO has revoked. Nothing was changed.</source>
        <translation>%1 está firmada con la clave %2, que la ONUDI ha revocado. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 is unsigned, and this installation accepts only templates signed by UNIDO. Nothing was changed.</source>
        <translation>%1 no está firmada, y esta instalación solo acepta plantillas firmadas por la ONUDI. No se cambió nada.</translation>
    </message>
    <message>
        <source>defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk.</source>
        <translation>defusedxml no está instalado, así que los libros no pueden leerse con seguridad; reinstale micdesk.</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: no se puede leer el archivo (%2).</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation>%1 es una carpeta, no un archivo de libro.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only workbook files are read.</source>
        <translation>%1 no es un archivo normal; solo se leen archivos de libro.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, more than the %3 MB limit.</source>
        <translation>%1: el archivo ocupa %2 MB, más que el límite de %3 MB.</translation>
    </message>
    <message>
        <source>%1 is password-protected (encrypted) or an old .xls file: save it as an unprotected .xlsx workbook.</source>
        <translation>%1 está protegido con contraseña (cifrado) o es un archivo .xls antiguo: guárdelo como libro .xlsx sin protección.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (it is not a zip package).</source>
        <translation>%1 no es un libro .xlsx (no es un paquete zip).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2).</source>
        <translation>%1 está dañado o incompleto (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it has an unreadable name.</source>
        <translation>%1 está dañado: una de sus partes tiene un nombre ilegible.</translation>
    </message>
    <message>
        <source>%1 has %2 parts, too many for a workbook.</source>
        <translation>%1 tiene %2 partes, demasiadas para un libro.</translation>
    </message>
    <message>
        <source>%1: the part %2 is encrypted; save the workbook without a password.</source>
        <translation>%1: la parte %2 está cifrada; guarde el libro sin contraseña.</translation>
    </message>
    <message>
        <source>%1: the part %2 is compressed in a way micdesk does not read (%3); save it again from Excel or LibreOffice.</source>
        <translation>%1: la parte %2 está comprimida de un modo que micdesk no lee (%3); guárdelo de nuevo desde Excel o LibreOffice.</translation>
    </message>
    <message>
        <source>%1: the part %2 expands %3 times (a zip bomb?); refused.</source>
        <translation>%1: la parte %2 se expande %3 veces (¿una bomba zip?); rechazado.</translation>
    </message>
    <message>
        <source>%1: the part %2 is %3 MB unpacked, more than the %4 MB limit.</source>
        <translation>%1: la parte %2 ocupa %3 MB descomprimida, más que el límite de %4 MB.</translation>
    </message>
    <message>
        <source>%1 expands to %2 MB, more than the %3 MB limit.</source>
        <translation>%1 ocupa %2 MB descomprimido, más que el límite de %3 MB.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook (there is no workbook inside).</source>
        <translation>%1 no es un libro .xlsx (no contiene ningún libro).</translation>
    </message>
    <message>
        <source>%1 contains macros: save it as a plain .xlsx workbook without macros.</source>
        <translation>%1 contiene macros: guárdelo como libro .xlsx normal sin macros.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows; refused.</source>
        <translation>%1: la hoja %2 tiene más de %3 filas; rechazado.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells beyond column %3; refused.</source>
        <translation>%1 tiene más de %2 celdas más allá de la columna %3; rechazado.</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell at %3, beyond the %4 columns micdesk reads; refused.</source>
        <translation>%1: la hoja %2 tiene una celda en %3, más allá de las %4 columnas que lee micdesk; rechazado.</translation>
    </message>
    <message>
        <source>%1 has more than %2 formatted cells beyond the columns micdesk reads: clear their formatting.</source>
        <translation>%1 tiene más de %2 celdas con formato más allá de las columnas que lee micdesk: borre su formato.</translation>
    </message>
    <message>
        <source>%1 has more than %2 different texts; refused.</source>
        <translation>%1 tiene más de %2 textos distintos; rechazado.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cell formats; refused.</source>
        <translation>%1 tiene más de %2 formatos de celda; rechazado.</translation>
    </message>
    <message>
        <source>%1 declares XML entities, a possible attack on the program reading it; refused (%2).</source>
        <translation>%1 declara entidades XML, un posible ataque al programa que lo lee; rechazado (%2).</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1: no se puede leer la hoja %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>The template “%1” changed since the check (now version %2): check the workbook again. Nothing was changed.</source>
        <translation>La plantilla «%1» cambió después de la comprobación (ahora versión %2): vuelva a comprobar el libro. No se cambió nada.</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is not above the installed version %3; nothing was changed.</source>
        <translation>La versión %1 de «%2» no es posterior a la versión instalada %3; no se cambió nada.</translation>
    </message>
    <message>
        <source>The import would change the number of values (%1 → %2); nothing was changed.</source>
        <translation>La importación cambiaría el número de valores (%1 → %2); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2.</source>
        <translation>La celda «%1» ya no forma parte del desglose de %2.</translation>
    </message>
    <message>
        <source>The cell “%1” is no longer part of the breakdown of %2 (“%3”).</source>
        <translation>La celda «%1» ya no forma parte del desglose de %2 («%3»).</translation>
    </message>
    <message>
        <source>“%1” is no longer in the choice list “%2”.</source>
        <translation>«%1» ya no figura en la lista de opciones «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a whole number, which %2 now takes.</source>
        <translation>«%1» no es un número entero, que es lo que %2 admite ahora.</translation>
    </message>
    <message>
        <source>“%1” is not a number, which %2 now takes.</source>
        <translation>«%1» no es un número, que es lo que %2 admite ahora.</translation>
    </message>
    <message>
        <source>“%1” is not a percentage, which %2 now takes.</source>
        <translation>«%1» no es un porcentaje, que es lo que %2 admite ahora.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no, which %2 now takes.</source>
        <translation>«%1» no es sí ni no, que es lo que %2 admite ahora.</translation>
    </message>
    <message>
        <source>“%1” is not of the kind %2, which %3 now takes.</source>
        <translation>«%1» no es del tipo %2, que es lo que %3 admite ahora.</translation>
    </message>
    <message>
        <source>%1 is below the new minimum %2.</source>
        <translation>%1 es inferior al nuevo mínimo %2.</translation>
    </message>
    <message>
        <source>%1 is above the new maximum %2.</source>
        <translation>%1 es superior al nuevo máximo %2.</translation>
    </message>
    <message>
        <source>Not moved to %1, which replaces %2: %1 already has a value here.</source>
        <translation>No se trasladó a %1, que sustituye a %2: %1 ya tiene un valor aquí.</translation>
    </message>
    <message>
        <source>Rounded to %1: %2 takes whole numbers; the exact converted value is %3.</source>
        <translation>Redondeado a %1: %2 solo admite números enteros; el valor convertido exacto es %3.</translation>
    </message>
    <message>
        <source>Not summed: a part is missing or is a notation key (%1). Enter %2 by hand.</source>
        <translation>No sumado: falta una parte o es una clave de notación (%1). Introduzca %2 a mano.</translation>
    </message>
    <message>
        <source>%1 was %2: split it by hand between %3.</source>
        <translation>%1 era %2: repártalo a mano entre %3.</translation>
    </message>
    <message>
        <source>The crosswalk would write %1 here, but %2 already has a value of its own.</source>
        <translation>La tabla de correspondencia escribiría %1 aquí, pero %2 ya tiene un valor propio.</translation>
    </message>
    <message>
        <source>The data are open read-only: nothing was recorded.</source>
        <translation>Los datos están abiertos en solo lectura: no se registró nada.</translation>
    </message>
    <message>
        <source>%1 is UNIDO&apos;s review for %2; this store reports for %3. Nothing was loaded.</source>
        <translation>%1 es la revisión de la ONUDI para %2; estos datos informan sobre %3. No se cargó nada.</translation>
    </message>
    <message>
        <source>%1 asks about the return of %2 %3, revision %4, which was not exported from this store. Nothing was loaded.</source>
        <translation>%1 pregunta por el informe %2 %3, revisión %4, que no se exportó desde estos datos. No se cargó nada.</translation>
    </message>
    <message>
        <source>%1 names another country or period than the return it asks about (%2 %3). Nothing was loaded.</source>
        <translation>%1 indica otro país u otro período que el informe al que se refiere (%2 %3). No se cargó nada.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2, but that return is revision %3 here, or holds other data. Nothing was loaded.</source>
        <translation>%1 pregunta por la revisión %2, pero ese informe es aquí la revisión %3 o contiene otros datos. No se cargó nada.</translation>
    </message>
    <message>
        <source>%1 asks about revision %2; UNIDO&apos;s review of revision %3 is loaded already. Nothing was loaded.</source>
        <translation>%1 pregunta por la revisión %2; la revisión de la ONUDI de la revisión %3 ya está cargada. No se cargó nada.</translation>
    </message>
    <message>
        <source>The queries of %1 are loaded already; your answers are kept.</source>
        <translation>Las preguntas de %1 ya están cargadas; se conservan sus respuestas.</translation>
    </message>
    <message>
        <source>%1 was edited after UNIDO wrote it (its hash no longer matches). Load it only if you trust the change.</source>
        <translation>%1 se modificó después de que la ONUDI lo escribiera (su huella ya no coincide). Cárguelo solo si confía en el cambio.</translation>
    </message>
    <message>
        <source>%1: %2 is not a field of the installed template. Nothing was loaded.</source>
        <translation>%1: %2 no es un campo de la plantilla instalada. No se cargó nada.</translation>
    </message>
    <message>
        <source>%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.</source>
        <translation>%1: el identificador de pregunta «%2» está vacío, es demasiado largo o se usa dos veces. No se cargó nada.</translation>
    </message>
    <message>
        <source>%1 holds no query. Nothing was loaded.</source>
        <translation>%1 no contiene ninguna pregunta. No se cargó nada.</translation>
    </message>
    <message>
        <source>UNIDO asked no query “%1” about this return.</source>
        <translation>La ONUDI no hizo ninguna pregunta «%1» sobre este informe.</translation>
    </message>
    <message>
        <source>Write an answer, or change the value UNIDO asked about.</source>
        <translation>Escriba una respuesta o cambie el valor sobre el que preguntó la ONUDI.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>La respuesta tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>daily backup</source>
        <translation>copia diaria</translation>
    </message>
    <message>
        <source>before micdesk updated the data file</source>
        <translation>antes de que micdesk actualizara el archivo de datos</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>damaged data, kept before a restore</source>
        <translation>datos dañados, guardados antes de una restauración</translation>
    </message>
    <message>
        <source>after an export</source>
        <translation>después de una exportación</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>hecha a petición</translation>
    </message>
    <message>
        <source>A micdesk command (%1) is writing to this data folder:
%2</source>
        <translation>Un comando de micdesk (%1) está escribiendo en esta carpeta de datos:
%2</translation>
    </message>
    <message>
        <source>Try again when it has finished.</source>
        <translation>Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>micdesk is already open on this data folder:
%1</source>
        <translation>micdesk ya está abierto en esta carpeta de datos:
%1</translation>
    </message>
    <message>
        <source>It runs as process %1 on %2.</source>
        <translation>Se ejecuta como proceso %1 en %2.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>No hay ninguna copia de seguridad válida que restaurar.</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>MWh</source>
        <translation>MWh</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
</TS>
