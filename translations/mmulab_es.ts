<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>arrow</source>
        <translation>flecha</translation>
    </message>
    <message>
        <source>box</source>
        <translation>recuadro</translation>
    </message>
    <message>
        <source>callout</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>AppLanguage</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>EditAnnotationTextCommand</name>
    <message>
        <source>Edit annotation text</source>
        <translation>Editar el texto de la anotación</translation>
    </message>
</context>
<context>
    <name>FigureActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>&amp;Exportar figura…</translation>
    </message>
    <message>
        <source>Save the view with its annotations as PNG, SVG or PDF</source>
        <translation>Guarda la vista con sus anotaciones como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Copy &amp;Picture</source>
        <translation>Copiar &amp;imagen</translation>
    </message>
    <message>
        <source>Copy the view with its annotations to the clipboard</source>
        <translation>Copia la vista con sus anotaciones al portapapeles</translation>
    </message>
    <message>
        <source>PNG image, 2× (*.png)</source>
        <translation>Imagen PNG, 2× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1: cannot save into the program&apos;s own lessons; choose another file</source>
        <translation>%1: no se puede guardar en las lecciones propias del programa; elija otro archivo</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
    </message>
    <message>
        <source>The lesson has no file yet; use Save As.</source>
        <translation>La lección aún no tiene archivo; use «Guardar como».</translation>
    </message>
    <message>
        <source>OSTEP problem: %1</source>
        <translation>Problema de OSTEP: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — mmulab</source>
        <translation>%1[*] — mmulab</translation>
    </message>
    <message>
        <source>%1 (lesson)</source>
        <translation>%1 (lección)</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>¿Guardar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;New Lesson</source>
        <translation>&amp;Nueva lección</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import OSTEP Problem…</source>
        <translation>&amp;Importar problema de OSTEP…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Lesson</source>
        <translation>Abrir &amp;lección incluida</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>mmulab lessons (*.mmulab);;Figures exported by mmulab (*.png *.svg);;All files (*)</source>
        <translation>Lecciones de mmulab (*.mmulab);;Figuras exportadas por mmulab (*.png *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leccion</translation>
    </message>
    <message>
        <source>mmulab lessons (*.mmulab)</source>
        <translation>Lecciones de mmulab (*.mmulab)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Guardar lección</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Type a virtual address and press Return.</source>
        <translation>Escriba una dirección virtual y pulse Intro.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About mmulab</source>
        <translation>&amp;Acerca de mmulab</translation>
    </message>
    <message>
        <source>About mmulab</source>
        <translation>Acerca de mmulab</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A laboratory for virtual memory address translation.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;mmulab&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Un laboratorio de traducción de direcciones de memoria virtual.&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>Dirección virtual</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Physical memory</source>
        <translation>Memoria física</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>Page walk</source>
        <translation>Recorrido de la tabla de páginas</translation>
    </message>
    <message>
        <source>TLBs</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Notas de la lección</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Restablecer &amp;zoom</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>Tema c&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme</source>
        <translation>Tema de alto co&amp;ntraste</translation>
    </message>
    <message>
        <source>&amp;Animate Steps</source>
        <translation>Animar pa&amp;sos</translation>
    </message>
    <message>
        <source>Move the highlights smoothly from step to step; off, each step appears at once</source>
        <translation>Desplaza los resaltados suavemente de un paso a otro; desactivado, cada paso aparece de inmediato</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 mode</source>
        <translation>%1 de %2 en %3</translation>
    </message>
    <message>
        <source>user</source>
        <translation>modo usuario</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>modo supervisor</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>MoveAnnotationCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Cambiar el tamaño de %1</translation>
    </message>
</context>
<context>
    <name>OstepImportDialog</name>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>Import OSTEP Problem</source>
        <translation>Importar problema de OSTEP</translation>
    </message>
    <message>
        <source>Paste what &lt;tt&gt;paging-multilevel-translate.py&lt;/tt&gt; printed (the &lt;tt&gt;page NN:&lt;/tt&gt; lines, the PDBR line and the virtual addresses), or open a file with it.</source>
        <translation>Pegue lo que imprimió &lt;tt&gt;paging-multilevel-translate.py&lt;/tt&gt; (las líneas &lt;tt&gt;page NN:&lt;/tt&gt;, la línea PDBR y las direcciones virtuales), o abra un archivo que lo contenga.</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Abrir &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Open OSTEP Problem</source>
        <translation>Abrir problema de OSTEP</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>mmulab figure</source>
        <translation>Figura de mmulab</translation>
    </message>
    <message>
        <source> — access %1 of %2, %3, step %4 of %5</source>
        <translation> — acceso %1 de %2, %3, paso %4 de %5</translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf</source>
        <translation>%1: el nombre debe terminar en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>%1: nothing to draw</source>
        <translation>%1: no hay nada que dibujar</translation>
    </message>
    <message>
        <source>%1: cannot write: rendering failed</source>
        <translation>%1: no se puede escribir: falló el renderizado</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: es un directorio, no un archivo</translation>
    </message>
    <message>
        <source>%1: this picture holds no mmulab lesson</source>
        <translation>%1: esta imagen no contiene ninguna lección de mmulab</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is larger than %2 MiB, more than any lesson file</source>
        <translation>%1: ocupa más de %2 MiB, más que cualquier archivo de lección</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>views::AccessForm</name>
    <message>
        <source>&amp;Translate</source>
        <translation>&amp;Traducir</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>User mode</source>
        <translation>Modo usuario</translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation>Modo supervisor</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Paging format</source>
        <translation>Formato de paginación</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tipo de acceso</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>&amp;Machine</source>
        <translation>&amp;Máquina</translation>
    </message>
    <message>
        <source>&amp;Paging</source>
        <translation>&amp;Paginación</translation>
    </message>
    <message>
        <source>&amp;Access</source>
        <translation>&amp;Acceso</translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation>M&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Virtual address</source>
        <translation>Dirección &amp;virtual</translation>
    </message>
</context>
<context>
    <name>views::AddressEntry</name>
    <message>
        <source>Virtual address, e.g. 0x7fff_a1b2_c3d4</source>
        <translation>Dirección virtual, p. ej. 0x7fff_a1b2_c3d4</translation>
    </message>
    <message>
        <source>Virtual address</source>
        <translation>Dirección virtual</translation>
    </message>
    <message>
        <source>Type a hexadecimal virtual address.</source>
        <translation>Escriba una dirección virtual hexadecimal.</translation>
    </message>
    <message>
        <source>Column %1: hex digits must follow “0x”.</source>
        <translation>Columna %1: tras «0x» deben ir dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Column %1: “%2” is not a hex digit.</source>
        <translation>Columna %1: «%2» no es un dígito hexadecimal.</translation>
    </message>
    <message>
        <source>Column %1: a digit separator must stand between two hex digits.</source>
        <translation>Columna %1: un separador de dígitos debe ir entre dos dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Column %1: bit %2 is set, but %3 addresses have %4 bits.</source>
        <translation>Columna %1: el bit %2 está activo, pero las direcciones %3 tienen %4 bits.</translation>
    </message>
    <message>
        <source>Canonical address.</source>
        <translation>Dirección canónica.</translation>
    </message>
    <message>
        <source>Not canonical: bits %1..%2 must all equal bit %3, so this access raises a general-protection fault.</source>
        <translation>No canónica: los bits %1..%2 deben ser todos iguales al bit %3, así que este acceso provoca un fallo de protección general.</translation>
    </message>
</context>
<context>
    <name>views::AnnotationLayer</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Callout</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;Arrow</source>
        <translation>&amp;Flecha</translation>
    </message>
    <message>
        <source>Highlight &amp;box</source>
        <translation>&amp;Recuadro de resaltado</translation>
    </message>
    <message>
        <source>&amp;Edit annotation text…</source>
        <translation>&amp;Editar texto de la anotación…</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>Eli&amp;minar anotación</translation>
    </message>
    <message>
        <source>New annotations on e&amp;very step</source>
        <translation>Nuevas anotaciones en &amp;todos los pasos</translation>
    </message>
    <message>
        <source>Add a text callout: choose, then click the element it explains</source>
        <translation>Añadir una llamada de texto: elíjala y pulse en el elemento que explica</translation>
    </message>
    <message>
        <source>Add an arrow: choose, then click the element it points at</source>
        <translation>Añadir una flecha: elíjala y pulse en el elemento al que apunta</translation>
    </message>
    <message>
        <source>Frame an element: choose, then click it</source>
        <translation>Enmarcar un elemento: elíjalo y pulse sobre él</translation>
    </message>
    <message>
        <source>New annotations stay on every step of the translation, not just the current one</source>
        <translation>Las nuevas anotaciones permanecen en todos los pasos de la traducción, no solo en el actual</translation>
    </message>
</context>
<context>
    <name>views::AnnotationOverlay</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Return keeps the text, Shift+Return starts a new line, Escape cancels</source>
        <translation>Intro guarda el texto, Mayús+Intro empieza una línea nueva, Esc cancela</translation>
    </message>
</context>
<context>
    <name>views::BitSliceView</name>
    <message>
        <source>Address bit fields</source>
        <translation>Campos de bits de la dirección</translation>
    </message>
    <message>
        <source>sign extension</source>
        <translation>extensión de signo</translation>
    </message>
    <message>
        <source>sign extension — NOT canonical</source>
        <translation>extensión de signo — NO canónica</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>desplazamiento</translation>
    </message>
    <message>
        <source>zero (the lower half)</source>
        <translation>cero (la mitad inferior)</translation>
    </message>
    <message>
        <source>not zero — NOT in the lower half</source>
        <translation>no es cero — NO está en la mitad inferior</translation>
    </message>
</context>
<context>
    <name>views::ChartsPanel</name>
    <message>
        <source>&amp;Workload…</source>
        <translation>&amp;Carga de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Export c&amp;hart</source>
        <translation>Exportar &amp;gráfico</translation>
    </message>
    <message>
        <source>The run whose accesses a click on a chart steps through</source>
        <translation>La ejecución cuyos accesos recorre un clic en un gráfico</translation>
    </message>
    <message>
        <source>Choose a workload to replay.</source>
        <translation>Elija una carga de trabajo para reproducir.</translation>
    </message>
    <message>
        <source>Click a chart to step through that access.</source>
        <translation>Pulse en un gráfico para recorrer ese acceso paso a paso.</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Reproduciendo %1…</translation>
    </message>
    <message>
        <source>OPT: learning the future, %1 accesses</source>
        <translation>OPT: aprendiendo el futuro, %1 accesos</translation>
    </message>
    <message>
        <source>Replaying: %1 accesses</source>
        <translation>Reproduciendo: %1 accesos</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>Falló la reproducción: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 accesses.</source>
        <translation>Cancelado tras %1 accesos.</translation>
    </message>
    <message>
        <source>Replayed %1 accesses.</source>
        <translation>Reproducidos %1 accesos.</translation>
    </message>
    <message>
        <source>The cursor works once the replay has finished.</source>
        <translation>El cursor funciona cuando termina la reproducción.</translation>
    </message>
    <message>
        <source>Access %1 is out of the cursor&apos;s range: it replays the first %2 accesses only.</source>
        <translation>El acceso %1 está fuera del alcance del cursor: solo reproduce los primeros %2 accesos.</translation>
    </message>
    <message>
        <source>Replaying up to access %1…</source>
        <translation>Reproduciendo hasta el acceso %1…</translation>
    </message>
    <message>
        <source>Cannot step through that access: %1</source>
        <translation>No se puede recorrer ese acceso: %1</translation>
    </message>
    <message>
        <source>The step-through views show access %1 of %2.</source>
        <translation>Las vistas paso a paso muestran el acceso %1 de %2.</translation>
    </message>
    <message>
        <source>There is no replay to export.</source>
        <translation>No hay ninguna reproducción que exportar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Charts cannot be exported here.</source>
        <translation>Aquí no se pueden exportar gráficos.</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Exportar datos del gráfico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Which charts have a logarithmic y axis</source>
        <translation>Qué gráficos tienen un eje y logarítmico</translation>
    </message>
</context>
<context>
    <name>views::ComparisonTable</name>
    <message>
        <source>TLB hit rate</source>
        <translation>Tasa de aciertos del TLB</translation>
    </message>
    <message>
        <source>page walks</source>
        <translation>recorridos de páginas</translation>
    </message>
    <message>
        <source>walk cycles</source>
        <translation>ciclos de recorrido</translation>
    </message>
    <message>
        <source>minor faults</source>
        <translation>fallos menores</translation>
    </message>
    <message>
        <source>major faults</source>
        <translation>fallos mayores</translation>
    </message>
    <message>
        <source>RSS peak</source>
        <translation>pico de RSS</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>tablas de páginas</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>ciclos</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>tiempo simulado</translation>
    </message>
</context>
<context>
    <name>views::CycleView</name>
    <message>
        <source>Cycle breakdown</source>
        <translation>Desglose de ciclos</translation>
    </message>
    <message>
        <source>%1 entry read</source>
        <translation>leer %1</translation>
    </message>
    <message>
        <source>%1 A/D write</source>
        <translation>escribir A/D %1</translation>
    </message>
    <message>
        <source>TLB</source>
        <translation>TLB</translation>
    </message>
    <message>
        <source>walk cache</source>
        <translation>caché de recorrido</translation>
    </message>
    <message>
        <source>A/D</source>
        <translation>A/D</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln cycle(s) so far</source>
        <translation>
            <numerusform>%L1 de %Ln ciclo hasta ahora</numerusform>
            <numerusform>%L1 de %Ln ciclos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>served by (cycles)</source>
        <translation>servido por (ciclos)</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>fallo</translation>
    </message>
</context>
<context>
    <name>views::FaultView</name>
    <message>
        <source>Fault</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>No fault</source>
        <translation>Sin fallo</translation>
    </message>
    <message>
        <source>General-protection fault (#GP)</source>
        <translation>Fallo de protección general (#GP)</translation>
    </message>
    <message>
        <source>Page fault (#PF): not present at %1</source>
        <translation>Fallo de página (#PF): no presente en %1</translation>
    </message>
    <message>
        <source>Page fault (#PF): protection at %1</source>
        <translation>Fallo de página (#PF): protección en %1</translation>
    </message>
    <message>
        <source>Page fault: the upper address bits are not a sign extension</source>
        <translation>Fallo de página: los bits altos de la dirección no son una extensión de signo</translation>
    </message>
    <message>
        <source>Page fault: the leaf&apos;s permissions forbid it (%1)</source>
        <translation>Fallo de página: los permisos de la hoja lo prohíben (%1)</translation>
    </message>
    <message>
        <source>Page fault: no valid leaf (%1)</source>
        <translation>Fallo de página: no hay hoja válida (%1)</translation>
    </message>
    <message>
        <source>Translation fault: the address is not in TTBR0&apos;s half</source>
        <translation>Fallo de traducción: la dirección no está en la mitad de TTBR0</translation>
    </message>
    <message>
        <source>Permission fault at %1</source>
        <translation>Fallo de permisos en %1</translation>
    </message>
    <message>
        <source>Translation fault at %1</source>
        <translation>Fallo de traducción en %1</translation>
    </message>
    <message>
        <source>Fault: the %1 entry is not valid</source>
        <translation>Fallo: la entrada %1 no es válida</translation>
    </message>
</context>
<context>
    <name>views::HandlerNarrator</name>
    <message>
        <source>no fault</source>
        <translation>sin fallo</translation>
    </message>
    <message>
        <source>minor fault</source>
        <translation>fallo menor</translation>
    </message>
    <message>
        <source>major fault</source>
        <translation>fallo mayor</translation>
    </message>
    <message>
        <source>protection fault (SIGSEGV)</source>
        <translation>fallo de protección (SIGSEGV)</translation>
    </message>
    <message>
        <source>segmentation fault (SIGSEGV)</source>
        <translation>fallo de segmentación (SIGSEGV)</translation>
    </message>
    <message>
        <source>general-protection fault</source>
        <translation>fallo de protección general</translation>
    </message>
    <message>
        <source>bus error (SIGBUS)</source>
        <translation>error de bus (SIGBUS)</translation>
    </message>
    <message>
        <source>The kernel looks the address up in the process&apos;s mappings: it is mapped, so the fault can be served.</source>
        <translation>El núcleo busca la dirección en las asignaciones del proceso: está asignada, así que el fallo puede atenderse.</translation>
    </message>
    <message>
        <source>The kernel looks the address up in the process&apos;s mappings: no mapping allows this access.</source>
        <translation>El núcleo busca la dirección en las asignaciones del proceso: ninguna asignación permite este acceso.</translation>
    </message>
    <message>
        <source>Minor fault: first touch of anonymous memory; the kernel hands out a zero-filled frame.</source>
        <translation>Fallo menor: primer acceso a memoria anónima; el núcleo entrega un marco relleno de ceros.</translation>
    </message>
    <message>
        <source>Minor fault: the file page is already in the page cache; no I/O is needed.</source>
        <translation>Fallo menor: la página del archivo ya está en la caché de páginas; no hace falta E/S.</translation>
    </message>
    <message>
        <source>Major fault: the page was swapped out; the kernel reads it back from the swap device.</source>
        <translation>Fallo mayor: la página se llevó a swap; el núcleo la vuelve a leer del dispositivo de intercambio.</translation>
    </message>
    <message>
        <source>Major fault: the kernel reads the page from its file on the storage device.</source>
        <translation>Fallo mayor: el núcleo lee la página de su archivo en el dispositivo de almacenamiento.</translation>
    </message>
    <message>
        <source>The kernel takes a free %1 frame at %2.</source>
        <translation>El núcleo toma un marco libre de %1 en %2.</translation>
    </message>
    <message>
        <source>Memory is full: the replacement policy chooses the page at %1 (frame %2) as the victim.</source>
        <translation>La memoria está llena: la política de reemplazo elige como víctima la página en %1 (marco %2).</translation>
    </message>
    <message>
        <source>The victim is dirty or has no copy on storage: it is written out before its frame is reused.</source>
        <translation>La víctima está sucia o no tiene copia en almacenamiento: se escribe antes de reutilizar su marco.</translation>
    </message>
    <message>
        <source>The victim is clean and has a copy on storage: it is dropped without I/O.</source>
        <translation>La víctima está limpia y tiene copia en almacenamiento: se descarta sin E/S.</translation>
    </message>
    <message>
        <source>The kernel writes the page-table entry at %1: %2.</source>
        <translation>El núcleo escribe la entrada de la tabla de páginas en %1: %2.</translation>
    </message>
    <message>
        <source>INVLPG %1: the TLBs and walk caches forget the old translation.</source>
        <translation>INVLPG %1: los TLB y las cachés de recorrido olvidan la traducción antigua.</translation>
    </message>
    <message>
        <source>No memory can be found for the page: the process receives SIGBUS.</source>
        <translation>No se encuentra memoria para la página: el proceso recibe SIGBUS.</translation>
    </message>
    <message>
        <source>The access is not allowed: the process receives SIGSEGV.</source>
        <translation>El acceso no está permitido: el proceso recibe SIGSEGV.</translation>
    </message>
    <message>
        <source>The kernel returns from the fault and the instruction is executed again.</source>
        <translation>El núcleo vuelve del fallo y la instrucción se ejecuta de nuevo.</translation>
    </message>
    <message>
        <source>The kernel&apos;s handler for a non-canonical address sends SIGSEGV to the process.</source>
        <translation>El manejador del kernel para una dirección no canónica envía SIGSEGV al proceso.</translation>
    </message>
</context>
<context>
    <name>views::LessonNotesView</name>
    <message>
        <source>Notes on this access</source>
        <translation>Notas sobre este acceso</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>Notas de la lección</translation>
    </message>
    <message>
        <source>Access %L1 of %L2</source>
        <translation>Acceso %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>views::MemoryMapView</name>
    <message>
        <source>Physical memory map</source>
        <translation>Mapa de la memoria física</translation>
    </message>
    <message>
        <source>page table</source>
        <translation>tabla de páginas</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>touched</source>
        <translation>accedido</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>tablas de páginas</translation>
    </message>
    <message>
        <source>⋮ %1: %2</source>
        <translation>⋮ %1: %2</translation>
    </message>
</context>
<context>
    <name>views::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>views::NarrationView</name>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>Type a virtual address and press Return; then step with → and ←.</source>
        <translation>Escriba una dirección virtual y pulse Intro; después avance con → y ←.</translation>
    </message>
    <message>
        <source>Translation %L1/%L2 (%3) · step %L4/%L5</source>
        <translation>Traducción %L1/%L2 (%3) · paso %L4/%L5</translation>
    </message>
</context>
<context>
    <name>views::PlaybackBar</name>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation>
            <numerusform>%n paso/s</numerusform>
            <numerusform>%n pasos/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Stepping controls</source>
        <translation>Controles de avance</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Primer paso (Inicio)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>Paso atrás (←)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>Paso adelante (→)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Último paso (Fin)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>views::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen with large, high-contrast type for a projector (F11)</source>
        <translation>Pantalla completa con letra grande y de alto contraste para un proyector (F11)</translation>
    </message>
</context>
<context>
    <name>views::ReplayChart</name>
    <message>
        <source>TLB hit rate</source>
        <translation>Tasa de aciertos del TLB</translation>
    </message>
    <message>
        <source>Page-walk cycles per access</source>
        <translation>Ciclos de recorrido por acceso</translation>
    </message>
    <message>
        <source>Walk cycles per access: histogram</source>
        <translation>Ciclos de recorrido por acceso: histograma</translation>
    </message>
    <message>
        <source>Resident memory and page tables</source>
        <translation>Memoria residente y tablas de páginas</translation>
    </message>
    <message>
        <source>Page faults by kind</source>
        <translation>Fallos de página por tipo</translation>
    </message>
    <message>
        <source>walk cycles per access</source>
        <translation>ciclos de recorrido por acceso</translation>
    </message>
    <message>
        <source>share of accesses (%)</source>
        <translation>proporción de accesos (%)</translation>
    </message>
    <message>
        <source>accesses</source>
        <translation>accesos</translation>
    </message>
    <message>
        <source>hit rate (%)</source>
        <translation>tasa de aciertos (%)</translation>
    </message>
    <message>
        <source>faults since the start</source>
        <translation>fallos desde el inicio</translation>
    </message>
    <message>
        <source>cycles per access</source>
        <translation>ciclos por acceso</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>acumulada</translation>
    </message>
    <message>
        <source>windowed</source>
        <translation>por ventana</translation>
    </message>
    <message>
        <source>L%1 TLB, windowed</source>
        <translation>TLB L%1, por ventana</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>page tables</source>
        <translation>tablas de páginas</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>menores</translation>
    </message>
    <message>
        <source>major</source>
        <translation>mayores</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>protección</translation>
    </message>
    <message>
        <source>segmentation</source>
        <translation>segmentación</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Escala &amp;logarítmica</translation>
    </message>
    <message>
        <source>Logarithmic y axis; values of 0 are drawn at its lower end</source>
        <translation>Eje y logarítmico; los valores 0 se dibujan en su extremo inferior</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>%1 (log; 0 at %2)</source>
        <translation>%1 (log.; 0 en %2)</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (escala log.)</translation>
    </message>
</context>
<context>
    <name>views::StepListView</name>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Translation steps</source>
        <translation>Pasos de la traducción</translation>
    </message>
</context>
<context>
    <name>views::StepNarrator</name>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>instruction fetch</source>
        <translation>búsqueda de instrucción</translation>
    </message>
    <message>
        <source>The address is not canonical: bits %1..%2 do not all equal bit %3.</source>
        <translation>La dirección no es canónica: los bits %1..%2 no son todos iguales al bit %3.</translation>
    </message>
    <message>
        <source>It maps a %1 page at %2; the walk ends here.</source>
        <translation>Asigna una página de %1 en %2; el recorrido termina aquí.</translation>
    </message>
    <message>
        <source>General-protection fault (#GP): a non-canonical address is never translated.</source>
        <translation>Fallo de protección general (#GP): una dirección no canónica nunca se traduce.</translation>
    </message>
    <message>
        <source>Page fault (#PF, protection): %1.</source>
        <translation>Fallo de página (#PF, protección): %1.</translation>
    </message>
    <message>
        <source>%1: general-protection fault</source>
        <translation>%1: fallo de protección general</translation>
    </message>
    <message>
        <source>%L1 GiB</source>
        <translation>%L1 GiB</translation>
    </message>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 MiB</translation>
    </message>
    <message>
        <source>%L1 KiB</source>
        <translation>%L1 KiB</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 bytes</translation>
    </message>
    <message>
        <source>TLB #%1</source>
        <translation>TLB n.º %1</translation>
    </message>
    <message>
        <source>DRAM</source>
        <translation>DRAM</translation>
    </message>
    <message>
        <source>a compulsory miss: this TLB has never seen the page</source>
        <translation>un fallo obligatorio: este TLB nunca ha visto la página</translation>
    </message>
    <message>
        <source>a capacity miss: the TLB is too small for the pages in use</source>
        <translation>un fallo de capacidad: el TLB es demasiado pequeño para las páginas en uso</translation>
    </message>
    <message>
        <source>a conflict miss: too many pages map to this set</source>
        <translation>un fallo de conflicto: demasiadas páginas se asignan a este conjunto</translation>
    </message>
    <message>
        <source>%1 miss in set %2: no entry for VPN %3</source>
        <translation>Fallo de %1 en el conjunto %2: no hay entrada para el VPN %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 hit in set %2, way %3, but the cached entry is clean and this is a write: the walker must set the Dirty bit in memory.</source>
        <translation>Acierto de %1 en el conjunto %2, vía %3, pero la entrada en caché está limpia y esto es una escritura: el recorredor debe activar el bit Dirty en memoria.</translation>
    </message>
    <message>
        <source>%1 hit in set %2, way %3: VPN %4 is a %5 page at %6, so no page walk is needed.</source>
        <translation>Acierto de %1 en el conjunto %2, vía %3: el VPN %4 es una página de %5 en %6, así que no hace falta recorrer la tabla de páginas.</translation>
    </message>
    <message numerus="yes">
        <source>Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycle(s)).</source>
        <translation>
            <numerusform>Lectura de %1[%2] en %3 + %2 × %4 = %5 (desde %6, %Ln ciclo).</numerusform>
            <numerusform>Lectura de %1[%2] en %3 + %2 × %4 = %5 (desde %6, %Ln ciclos).</numerusform>
        </translation>
    </message>
    <message>
        <source>It points to the %1 table at %2.</source>
        <translation>Apunta a la tabla %1 en %2.</translation>
    </message>
    <message>
        <source>%1; the page-walk caches are asked next.</source>
        <translation>%1; a continuación se consultan las cachés de recorrido.</translation>
    </message>
    <message>
        <source>The address is canonical: bits %1..%2 repeat bit %3, so it can be translated.</source>
        <translation>La dirección es canónica: los bits %1..%2 repiten el bit %3, así que puede traducirse.</translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>El recorredor activa los bits Accessed y Dirty en la entrada %1 (una escritura en %2, %Ln ciclo).</numerusform>
            <numerusform>El recorredor activa los bits Accessed y Dirty en la entrada %1 (una escritura en %2, %Ln ciclos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycle(s)).</source>
        <translation>
            <numerusform>El recorredor activa el bit Accessed en la entrada %1 (una escritura en %2, %Ln ciclo).</numerusform>
            <numerusform>El recorredor activa el bit Accessed en la entrada %1 (una escritura en %2, %Ln ciclos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page fault (#PF): the %1 entry is not present, so the address has no mapping yet.</source>
        <translation>Fallo de página (#PF): la entrada %1 no está presente, así que la dirección aún no tiene asignación.</translation>
    </message>
    <message>
        <source>The translation is written into %1, set %2, way %3, evicting VPN %4 (the victim the replacement policy chose).</source>
        <translation>La traducción se escribe en %1, conjunto %2, vía %3, desalojando el VPN %4 (la víctima que eligió la política de reemplazo).</translation>
    </message>
    <message>
        <source>The translation is written into %1, set %2, way %3 (a free way).</source>
        <translation>La traducción se escribe en %1, conjunto %2, vía %3 (una vía libre).</translation>
    </message>
    <message>
        <source>The %1 walk cache holds this entry: the walk skips to the %2 table at %3.</source>
        <translation>La caché de recorrido de %1 contiene esta entrada: el recorrido salta a la tabla %2 en %3.</translation>
    </message>
    <message>
        <source>The %1 walk cache has no entry for this address.</source>
        <translation>La caché de recorrido de %1 no tiene ninguna entrada para esta dirección.</translation>
    </message>
    <message>
        <source>Physical address = page frame %1 + offset %2 = %3 (%4 page).</source>
        <translation>Dirección física = marco de página %1 + desplazamiento %2 = %3 (página de %4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%3 page), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1 → %2 (página de %3), %Ln ciclo</numerusform>
            <numerusform>%1 → %2 (página de %3), %Ln ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: page fault, %2 entry not present, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1: fallo de página, entrada %2 no presente, %Ln ciclo</numerusform>
            <numerusform>%1: fallo de página, entrada %2 no presente, %Ln ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: protection fault (%2), %Ln cycle(s)</source>
        <translation>
            <numerusform>%1: fallo de protección (%2), %Ln ciclo</numerusform>
            <numerusform>%1: fallo de protección (%2), %Ln ciclos</numerusform>
        </translation>
    </message>
    <message>
        <source>user mode may not touch a supervisor page (%1)</source>
        <translation>el modo usuario no puede tocar una página de supervisor (%1)</translation>
    </message>
    <message>
        <source>the page is read-only (%1)</source>
        <translation>la página es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>the page is not executable (%1)</source>
        <translation>la página no es ejecutable (%1)</translation>
    </message>
    <message>
        <source>R, W or X is set, so this PTE is a leaf</source>
        <translation>R, W o X está activo, así que esta PTE es una hoja</translation>
    </message>
    <message>
        <source>A block descriptor (bits 1..0 = 01)</source>
        <translation>Un descriptor de bloque (bits 1..0 = 01)</translation>
    </message>
    <message>
        <source>PS = 1</source>
        <translation>PS = 1</translation>
    </message>
    <message>
        <source>A leaf whose physical page number is not a multiple of the %1 it maps: a misaligned superpage faults like an invalid entry, and the walk stops.</source>
        <translation>Una hoja cuyo número de página física no es múltiplo de los %1 que asigna: una superpágina desalineada falla como una entrada no válida, y el recorrido se detiene.</translation>
    </message>
    <message>
        <source>The entry uses a reserved encoding: it faults like an invalid entry, and the walk stops.</source>
        <translation>La entrada usa una codificación reservada: falla como una entrada no válida, y el recorrido se detiene.</translation>
    </message>
    <message>
        <source>The entry is not valid (%1): the walk stops.</source>
        <translation>La entrada no es válida (%1): el recorrido se detiene.</translation>
    </message>
    <message>
        <source>%1: it maps a %2 page at %3, so the walk ends early.</source>
        <translation>%1: asigna una página de %2 en %3, así que el recorrido termina antes.</translation>
    </message>
    <message>
        <source>%1; the walk starts at %2 = %3.</source>
        <translation>%1; el recorrido empieza en %2 = %3.</translation>
    </message>
    <message>
        <source>Every %1-bit address is translated: there are no upper bits to check.</source>
        <translation>Toda dirección de %1 bits se traduce: no hay bits superiores que comprobar.</translation>
    </message>
    <message>
        <source>Bits %1..%2 are 0: the address is in the lower half, translated from %3.</source>
        <translation>Los bits %1..%2 son 0: la dirección está en la mitad inferior, que se traduce desde %3.</translation>
    </message>
    <message>
        <source>Bits %1..%2 are not all 0: the address is not in the half %3 translates.</source>
        <translation>Los bits %1..%2 no son todos 0: la dirección no está en la mitad que traduce %3.</translation>
    </message>
    <message>
        <source>Page fault: the upper address bits are not a sign extension, so the address is never translated.</source>
        <translation>Fallo de página: los bits altos de la dirección no son una extensión de signo, así que la dirección nunca se traduce.</translation>
    </message>
    <message>
        <source>Translation fault at level 0: the address is outside the half TTBR0 translates, so it is never translated.</source>
        <translation>Fallo de traducción en el nivel 0: la dirección está fuera de la mitad que traduce TTBR0, así que nunca se traduce.</translation>
    </message>
    <message>
        <source>%1: page fault, not a sign-extended address</source>
        <translation>%1: fallo de página, dirección sin extensión de signo</translation>
    </message>
    <message>
        <source>%1: translation fault at level 0, address outside TTBR0&apos;s half</source>
        <translation>%1: fallo de traducción en el nivel 0, dirección fuera de la mitad de TTBR0</translation>
    </message>
</context>
<context>
    <name>views::TlbView</name>
    <message>
        <source>TLB contents</source>
        <translation>Contenido del TLB</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>conjunto %1</translation>
    </message>
    <message>
        <source>This machine has no TLB.</source>
        <translation>Esta máquina no tiene TLB.</translation>
    </message>
    <message>
        <source>Each way: VPN → PFN (hex), page size, LRU rank (0 = newest), PCID when not 0</source>
        <translation>Vía: VPN → PFN (hex), tamaño de página, LRU (0 = más reciente), PCID si no es 0</translation>
    </message>
    <message>
        <source>%L1 sets × %L2 ways, %3</source>
        <translation>%L1 conjuntos × %L2 vías, %3</translation>
    </message>
    <message>
        <source>set %1: MISS</source>
        <translation>conjunto %1: FALLO</translation>
    </message>
    <message>
        <source>set %1, way %2: HIT</source>
        <translation>conjunto %1, vía %2: ACIERTO</translation>
    </message>
    <message>
        <source>filled set %1, way %2; evicted VPN %3</source>
        <translation>rellenado conjunto %1, vía %2; desalojado VPN %3</translation>
    </message>
    <message>
        <source>filled set %1, way %2 (free)</source>
        <translation>rellenado conjunto %1, vía %2 (libre)</translation>
    </message>
    <message>
        <source>way %1</source>
        <translation>vía %1</translation>
    </message>
    <message>
        <source>⋮  set %1 not shown</source>
        <translation>⋮  conjunto %1 no mostrado</translation>
    </message>
    <message>
        <source>⋮  sets %1–%2 not shown</source>
        <translation>⋮  conjuntos %1–%2 no mostrados</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>LRU %1 PCID %2</source>
        <translation>LRU %1 PCID %2</translation>
    </message>
    <message>
        <source>LRU %1</source>
        <translation>LRU %1</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>REEMPLAZADA</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVA</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>ACIERTO</translation>
    </message>
    <message>
        <source>%1 of %2 ways shown</source>
        <translation>%1 de %2 vías mostradas</translation>
    </message>
</context>
<context>
    <name>views::WalkView</name>
    <message>
        <source>Page walk</source>
        <translation>Recorrido de la tabla de páginas</translation>
    </message>
    <message>
        <source>No walk: a non-canonical address is never translated.</source>
        <translation>Sin recorrido: una dirección no canónica nunca se traduce.</translation>
    </message>
    <message>
        <source>No walk: %1 already holds the translation.</source>
        <translation>Sin recorrido: %1 ya contiene la traducción.</translation>
    </message>
    <message>
        <source>skipped: the %1 walk cache gave the next table, %2</source>
        <translation>omitida: la caché de recorrido de %1 dio la tabla siguiente, %2</translation>
    </message>
    <message>
        <source>not needed: the %1 page ends the walk at %2</source>
        <translation>innecesaria: la página de %1 termina el recorrido en %2</translation>
    </message>
    <message>
        <source>not reached: the %1 entry is not present</source>
        <translation>no alcanzada: la entrada %1 no está presente</translation>
    </message>
    <message>
        <source>Physical address %1 (%2 page)</source>
        <translation>Dirección física %1 (página de %2)</translation>
    </message>
    <message>
        <source>index %1 = VA bits %2..%3</source>
        <translation>índice %1 = bits %2..%3 de la VA</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>aún no leída</translation>
    </message>
    <message>
        <source>%1 table at %2</source>
        <translation>tabla %1 en %2</translation>
    </message>
    <message>
        <source>not present: the walk stops</source>
        <translation>no presente: el recorrido se detiene</translation>
    </message>
    <message>
        <source>→ %1 page at %2</source>
        <translation>→ página de %1 en %2</translation>
    </message>
    <message>
        <source>→ %1 table at %2</source>
        <translation>→ tabla %1 en %2</translation>
    </message>
    <message>
        <source>entry %1 + %2 × %3 = %4</source>
        <translation>entrada %1 + %2 × %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln cycle(s)</source>
        <translation>
            <numerusform>%1, %Ln ciclo</numerusform>
            <numerusform>%1, %Ln ciclos</numerusform>
        </translation>
    </message>
    <message>
        <source>Translate an address to see its page walk.</source>
        <translation>Traduzca una dirección para ver su recorrido de la tabla de páginas.</translation>
    </message>
    <message>
        <source>%1.PPN = %2  (the root table at %3)</source>
        <translation>%1.PPN = %2  (la tabla raíz en %3)</translation>
    </message>
    <message>
        <source>%1 = %2  (the page directory at %3)</source>
        <translation>%1 = %2  (el directorio de páginas en %3)</translation>
    </message>
    <message>
        <source>%1 = %2  (the root table of this process)</source>
        <translation>%1 = %2  (la tabla raíz de este proceso)</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>no presente</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>misaligned superpage: its PPN is not a multiple of the page size</source>
        <translation>superpágina desalineada: su PPN no es múltiplo del tamaño de página</translation>
    </message>
    <message>
        <source>reserved encoding</source>
        <translation>codificación reservada</translation>
    </message>
    <message>
        <source>pointer (R = W = X = 0)</source>
        <translation>puntero (R = W = X = 0)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>points to the next table</source>
        <translation>apunta a la tabla siguiente</translation>
    </message>
    <message>
        <source>superpage leaf (R, W or X set)</source>
        <translation>hoja de superpágina (R, W o X activos)</translation>
    </message>
    <message>
        <source>block</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>PS = 1: a large page</source>
        <translation>PS = 1: una página grande</translation>
    </message>
    <message>
        <source>leaf (R, W or X set)</source>
        <translation>hoja (R, W o X activos)</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>maps a page</source>
        <translation>asigna una página</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 0x%2 (bits %3..%4)</source>
        <translation>%1 0x%2 (bits %3..%4)</translation>
    </message>
</context>
<context>
    <name>views::WorkloadPicker</name>
    <message>
        <source>&amp;Generated workload</source>
        <translation>Carga &amp;generada</translation>
    </message>
    <message>
        <source>&amp;Trace file</source>
        <translation>Archivo de &amp;traza</translation>
    </message>
    <message>
        <source>Choose a workload</source>
        <translation>Elegir una carga de trabajo</translation>
    </message>
    <message>
        <source>sequential scan</source>
        <translation>recorrido secuencial</translation>
    </message>
    <message>
        <source>strided</source>
        <translation>con salto</translation>
    </message>
    <message>
        <source>uniform random</source>
        <translation>aleatorio uniforme</translation>
    </message>
    <message>
        <source>hot/cold working set</source>
        <translation>conjunto de trabajo caliente/frío</translation>
    </message>
    <message>
        <source>matrix traversal</source>
        <translation>recorrido de matriz</translation>
    </message>
    <message>
        <source>pointer chase</source>
        <translation>persecución de punteros</translation>
    </message>
    <message>
        <source>scan over a hot set</source>
        <translation>recorrido sobre un conjunto caliente</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Patrón:</translation>
    </message>
    <message>
        <source>Region size:</source>
        <translation>Tamaño de la región:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>Order (row/col):</source>
        <translation>Orden (fila/col.):</translation>
    </message>
    <message>
        <source>Hot set size:</source>
        <translation>Tamaño del conjunto caliente:</translation>
    </message>
    <message>
        <source>Hot fraction:</source>
        <translation>Fracción caliente:</translation>
    </message>
    <message>
        <source>Scanned size:</source>
        <translation>Tamaño recorrido:</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Salto:</translation>
    </message>
    <message>
        <source>Node size:</source>
        <translation>Tamaño del nodo:</translation>
    </message>
    <message>
        <source>Accesses:</source>
        <translation>Accesos:</translation>
    </message>
    <message>
        <source>Bytes per access:</source>
        <translation>Bytes por acceso:</translation>
    </message>
    <message>
        <source>Write fraction:</source>
        <translation>Fracción de escrituras:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Base address:</source>
        <translation>Dirección base:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Bytes: 4K, 64M, 1G (powers of 1024)</source>
        <translation>Bytes: 4K, 64M, 1G (potencias de 1024)</translation>
    </message>
    <message>
        <source>Accesses: 1000, 10K, 10M (powers of 1000)</source>
        <translation>Accesos: 1000, 10K, 10M (potencias de 1000)</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accesos</translation>
    </message>
    <message>
        <source>Open trace file…</source>
        <translation>Abrir archivo de traza…</translation>
    </message>
    <message>
        <source>Valgrind lackey, Dinero din, Pin or plain address list</source>
        <translation>Valgrind lackey, Dinero din, Pin o lista simple de direcciones</translation>
    </message>
    <message>
        <source>Machine and page size</source>
        <translation>Máquina y tamaño de página</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(sin comparación)</translation>
    </message>
    <message>
        <source>Machine file…</source>
        <translation>Archivo de máquina…</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Máquina:</translation>
    </message>
    <message>
        <source>Page sizes (two or more compare):</source>
        <translation>Tamaños de página (dos o más se comparan):</translation>
    </message>
    <message>
        <source>Compare with machine:</source>
        <translation>Comparar con la máquina:</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Choose a trace file.</source>
        <translation>Elija un archivo de traza.</translation>
    </message>
    <message>
        <source>Choose at least one page size.</source>
        <translation>Elija al menos un tamaño de página.</translation>
    </message>
    <message>
        <source>Compare page sizes or machines, not both: check one page size to compare machines.</source>
        <translation>Compare tamaños de página o máquinas, no ambos: marque un solo tamaño de página para comparar máquinas.</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>Máquina %1</translation>
    </message>
    <message>
        <source>The same on the command line: %1</source>
        <translation>Lo mismo en la línea de órdenes: %1</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Abrir archivo de traza</translation>
    </message>
    <message>
        <source>Traces (*.lackey *.din *.out *.trace *.txt);;All files (*)</source>
        <translation>Trazas (*.lackey *.din *.out *.trace *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open machine file</source>
        <translation>Abrir archivo de máquina</translation>
    </message>
    <message>
        <source>Machine files (*.json);;All files (*)</source>
        <translation>Archivos de máquina (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
