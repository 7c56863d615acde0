<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Run message</source>
        <translation>Mensaje del entrenamiento</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) here</source>
        <translation>
            <numerusform>aproximadamente %n segundo en este equipo</numerusform>
            <numerusform>aproximadamente %n segundos en este equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) here</source>
        <translation>
            <numerusform>aproximadamente %n minuto en este equipo</numerusform>
            <numerusform>aproximadamente %n minutos en este equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) here</source>
        <translation>
            <numerusform>aproximadamente %n hora en este equipo</numerusform>
            <numerusform>aproximadamente %n horas en este equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, {duration}</source>
        <translation>
            <numerusform>{examples} ({held} reservados para comprobar), {passes} pasadas (%n paso), tasa de aprendizaje {rate}, rango {rank}, {duration}</numerusform>
            <numerusform>{examples} ({held} reservados para comprobar), {passes} pasadas (%n pasos), tasa de aprendizaje {rate}, rango {rank}, {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n ejemplo</numerusform>
            <numerusform>%n ejemplos</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopping early once the validation loss stops falling</source>
        <translation>, con parada anticipada cuando la pérdida de validación deje de bajar</translation>
    </message>
    <message>
        <source>The validation loss is still high ({before} → {after}): the model may not have learned your data yet. “Train longer” continues from this adapter.</source>
        <translation>La pérdida de validación sigue siendo alta ({before} → {after}): puede que el modelo aún no haya aprendido tus datos. «Entrenar más» continúa desde este adaptador.</translation>
    </message>
    <message>
        <source>The validation loss stopped falling while still high ({before} → {after}): more or clearer examples, or a larger rank, may help more than more steps.</source>
        <translation>La pérdida de validación dejó de bajar cuando aún era alta ({before} → {after}): más ejemplos o ejemplos más claros, o un rango mayor, pueden ayudar más que más pasos.</translation>
    </message>
    <message>
        <source>Finished. Switch the adapter on under the chat, or press “Use in chat”.</source>
        <translation>Terminado. Activa el adaptador debajo del chat o pulsa «Usar en el chat».</translation>
    </message>
    <message>
        <source>Learned: the validation loss fell from {before} to {after}.</source>
        <translation>Aprendido: la pérdida de validación bajó de {before} a {after}.</translation>
    </message>
    <message>
        <source>Stopped at step {step}; its checkpoint is kept. Resume continues from it.</source>
        <translation>Detenido en el paso {step}; se conserva su punto de control. «Reanudar» continúa desde ahí.</translation>
    </message>
    <message>
        <source>Training on {device}</source>
        <translation>Entrenando en {device}</translation>
    </message>
    <message>
        <source>step %v of %m · {phase}</source>
        <translation>paso %v de %m · {phase}</translation>
    </message>
    <message>
        <source>{step} / {total} (epoch {epoch})</source>
        <translation>{step} / {total} (época {epoch})</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokens/s</translation>
    </message>
    <message>
        <source>{size} GiB peak</source>
        <translation>pico de {size} GiB</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Fine-tune a LoRA adapter on your own examples, then use it in chat.</source>
        <translation>Ajusta un adaptador LoRA con tus propios ejemplos y úsalo después en el chat.</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Nuevo entrenamiento</translation>
    </message>
    <message>
        <source>Make a dataset…</source>
        <translation>Crear un conjunto de datos…</translation>
    </message>
    <message>
        <source>Training is not enabled. {reason}</source>
        <translation>El entrenamiento no está activado. {reason}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aún no hay entrenamientos</translation>
    </message>
    <message>
        <source>Choose a base model and a data file in the form, then press Start training. Each run is listed here with its progress.</source>
        <translation>Elige un modelo base y un archivo de datos en el formulario y pulsa «Iniciar entrenamiento». Cada entrenamiento aparece aquí con su progreso.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Use in chat</source>
        <translation>Usar en el chat</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Train longer</source>
        <translation>Entrenar más</translation>
    </message>
    <message>
        <source>Continue from this run&apos;s best adapter for as many steps again, as a new run</source>
        <translation>Continuar desde el mejor adaptador de este entrenamiento durante otros tantos pasos, como un entrenamiento nuevo</translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation>No se puede iniciar el entrenamiento</translation>
    </message>
    <message>
        <source>Stopping at the end of this step (a checkpoint is kept)…</source>
        <translation>Deteniendo al final de este paso (se conserva un punto de control)…</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>No se puede reanudar</translation>
    </message>
    <message>
        <source>Cannot train longer</source>
        <translation>No se puede entrenar más</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar entrenamiento</translation>
    </message>
    <message>
        <source>Delete the run “{name}” and its files (checkpoints and adapter)?
{folder}</source>
        <translation>¿Eliminar el entrenamiento «{name}» y sus archivos (puntos de control y adaptador)?
{folder}</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>No hay conversaciones</translation>
    </message>
    <message>
        <source>There are no saved conversations yet.</source>
        <translation>Aún no hay conversaciones guardadas.</translation>
    </message>
    <message>
        <source>Use the most recent how many conversations (of {count})?</source>
        <translation>¿Cuántas de las conversaciones más recientes quieres usar (de {count})?</translation>
    </message>
    <message>
        <source>Dataset from conversations</source>
        <translation>Conjunto de datos a partir de conversaciones</translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation>Guardar conjunto de datos</translation>
    </message>
    <message>
        <source>conversations.jsonl</source>
        <translation>conversaciones.jsonl</translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation>JSONL (*.jsonl)</translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation>No se puede guardar el conjunto de datos</translation>
    </message>
    <message numerus="yes">
        <source> (%n conversation(s) written)</source>
        <translation>
            <numerusform> (%n conversación escrita)</numerusform>
            <numerusform> (%n conversaciones escritas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>A GGUF file, or a Hugging Face model folder (safetensors) of the same model</source>
        <translation>Un archivo GGUF o una carpeta de modelo de Hugging Face (safetensors) del mismo modelo</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Archivo de datos de entrenamiento</translation>
    </message>
    <message>
        <source>A JSONL or plain text file</source>
        <translation>Un archivo JSONL o de texto sin formato</translation>
    </message>
    <message>
        <source>JSONL (chat messages, or instruction/input/output records) or a plain text file</source>
        <translation>JSONL (mensajes de chat o registros instruction/input/output) o un archivo de texto sin formato</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>From conversations…</source>
        <translation>Desde conversaciones…</translation>
    </message>
    <message>
        <source>Build a dataset from your saved conversations</source>
        <translation>Crear un conjunto de datos a partir de tus conversaciones guardadas</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Choose a data file.</source>
        <translation>Elige un archivo de datos.</translation>
    </message>
    <message>
        <source>Data check</source>
        <translation>Comprobación de datos</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Líneas no válidas</translation>
    </message>
    <message>
        <source>Skip bad lines and train on the rest</source>
        <translation>Omitir las líneas no válidas y entrenar con el resto</translation>
    </message>
    <message>
        <source>Preview with the chat template</source>
        <translation>Vista previa con la plantilla de chat</translation>
    </message>
    <message>
        <source>The first examples, formatted with the model&apos;s chat template</source>
        <translation>Los primeros ejemplos, con el formato de la plantilla de chat del modelo</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>Rango de LoRA</translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation>Alfa de LoRA</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Steps (0: use epochs)</source>
        <translation>Pasos (0: según las épocas)</translation>
    </message>
    <message>
        <source>auto (from epochs)</source>
        <translation>automático (según las épocas)</translation>
    </message>
    <message>
        <source>The number of optimizer steps. 0 (auto): as many as the epochs take.</source>
        <translation>El número de pasos del optimizador. 0 (automático): los que requieran las épocas.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation>Acumulación de gradientes</translation>
    </message>
    <message>
        <source>Maximum sequence length</source>
        <translation>Longitud máxima de secuencia</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <source>Evaluate every N steps (0: about 10 times)</source>
        <translation>Evaluar cada N pasos (0: unas 10 veces)</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>auto (about 10 times)</source>
        <translation>automático (unas 10 veces)</translation>
    </message>
    <message>
        <source>How often the validation loss is measured. 0 (auto): about ten times over the run.</source>
        <translation>Cada cuánto se mide la pérdida de validación. 0 (automático): unas diez veces durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Rank / alpha:</source>
        <translation>Rango / alfa:</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout:</translation>
    </message>
    <message>
        <source>Target modules:</source>
        <translation>Módulos de destino:</translation>
    </message>
    <message>
        <source>Learning rate / schedule:</source>
        <translation>Tasa de aprendizaje / programa:</translation>
    </message>
    <message>
        <source>Epochs / steps:</source>
        <translation>Épocas / pasos:</translation>
    </message>
    <message>
        <source>Batch / accumulation:</source>
        <translation>Lote / acumulación:</translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation>Longitud máx. de secuencia:</translation>
    </message>
    <message>
        <source>Seed / validation:</source>
        <translation>Semilla / validación:</translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation>Evaluar cada:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan de entrenamiento</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Estimación de memoria</translation>
    </message>
    <message>
        <source>Use smaller settings</source>
        <translation>Usar ajustes más pequeños</translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nombre del entrenamiento</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>Base model (GGUF)</source>
        <translation>Modelo base (GGUF)</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Or a Hugging Face model folder</source>
        <translation>O una carpeta de modelo de Hugging Face</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Datos de entrenamiento</translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.txt *.md);;All files (*)</source>
        <translation>Datos (*.jsonl *.json *.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>Cannot check the data: {reason}</source>
        <translation>No se pueden comprobar los datos: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n chat example(s)</source>
        <translation>
            <numerusform>%n ejemplo de chat</numerusform>
            <numerusform>%n ejemplos de chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction example(s)</source>
        <translation>
            <numerusform>%n ejemplo de instrucciones</numerusform>
            <numerusform>%n ejemplos de instrucciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text example(s)</source>
        <translation>
            <numerusform>%n ejemplo de texto</numerusform>
            <numerusform>%n ejemplos de texto</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {file}: {examples}, every line is valid.</source>
        <translation>✓ {file}: {examples}, todas las líneas son válidas.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ {file}: {examples}, %n bad line(s):</source>
        <translation>
            <numerusform>⚠ {file}: {examples}, %n línea no válida:</numerusform>
            <numerusform>⚠ {file}: {examples}, %n líneas no válidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>RAM (CPU training: slow)</source>
        <translation>RAM (entrenamiento en la CPU: lento)</translation>
    </message>
    <message>
        <source>for the longest batch, {batch} × {tokens} tokens (estimated from the data&apos;s characters)</source>
        <translation>para el lote más largo, {batch} × {tokens} tokens (estimado a partir de los caracteres de los datos)</translation>
    </message>
    <message>
        <source>for full batches of {tokens} tokens (no data yet)</source>
        <translation>para lotes completos de {tokens} tokens (aún no hay datos)</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — fits in {available} GiB of {where}.</source>
        <translation>Memoria: {estimate}, {basis} — cabe en {available} GiB de {where}.</translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}.</source>
        <translation>Memoria: {estimate}, {basis} — no cabe en {available} GiB de {where}.</translation>
    </message>
    <message>
        <source>≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, activations {activations}, runtime {runtime}</source>
        <translation>≈ {total} GiB: pesos {weights}, LoRA {lora}, optimizador {optimizer}, activaciones {activations}, entorno de ejecución {runtime}</translation>
    </message>
    <message>
        <source>Memory: reading the model…</source>
        <translation>Memoria: leyendo el modelo…</translation>
    </message>
    <message>
        <source>Memory: no estimate for this model (not a GGUF file).</source>
        <translation>Memoria: no hay estimación para este modelo (no es un archivo GGUF).</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>train loss {loss} at step {step}</source>
        <translation>pérdida de entrenamiento {loss} en el paso {step}</translation>
    </message>
    <message>
        <source>validation loss {loss} at step {step}</source>
        <translation>pérdida de validación {loss} en el paso {step}</translation>
    </message>
    <message>
        <source>no points yet</source>
        <translation>aún no hay puntos</translation>
    </message>
    <message>
        <source>The loss curve appears when training starts</source>
        <translation>La curva de pérdida aparece cuando empieza el entrenamiento</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>Escribiendo el adaptador…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>exportando</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Pérdida de validación</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <source>{name} — {status}, step {step}</source>
        <translation>{name} — {status}, paso {step}</translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation>paso {step} de {total}</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>paso {step}</translation>
    </message>
    <message>
        <source>{name} — {phase}, {where}</source>
        <translation>{name} — {phase}, {where}</translation>
    </message>
    <message>
        <source>{loss} (perplexity {perplexity})</source>
        <translation>{loss} (perplejidad {perplexity})</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>línea {line}: {message}</translation>
    </message>
    <message>
        <source>only a finished run can be trained longer; Resume continues a stopped one</source>
        <translation>solo se puede prolongar un entrenamiento terminado; «Reanudar» continúa uno detenido</translation>
    </message>
    <message>
        <source>{name} (longer)</source>
        <translation>{name} (prolongado)</translation>
    </message>
    <message>
        <source>saved conversations are not available here</source>
        <translation>las conversaciones guardadas no están disponibles aquí</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Attention (q, k, v, o)</source>
        <translation>Atención (q, k, v, o)</translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation>Todas las capas lineales</translation>
    </message>
    <message>
        <source>Query and value only</source>
        <translation>Solo query y value</translation>
    </message>
    <message>
        <source>choose a base model</source>
        <translation>elige un modelo base</translation>
    </message>
    <message>
        <source>choose a training data file</source>
        <translation>elige un archivo de datos de entrenamiento</translation>
    </message>
    <message>
        <source>rank must be between 1 and 512, got {value}</source>
        <translation>el rango debe estar entre 1 y 512; se recibió {value}</translation>
    </message>
    <message>
        <source>alpha must be positive, got {value}</source>
        <translation>alfa debe ser positivo; se recibió {value}</translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {value}</source>
        <translation>el dropout debe estar en [0, 1); se recibió {value}</translation>
    </message>
    <message>
        <source>choose at least one target module</source>
        <translation>elige al menos un módulo de destino</translation>
    </message>
    <message>
        <source>learning rate must be in (0, 1], got {value}</source>
        <translation>la tasa de aprendizaje debe estar en (0, 1]; se recibió {value}</translation>
    </message>
    <message>
        <source>schedule must be one of {choices}</source>
        <translation>el programa debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>warm-up ratio must be in [0, 1), got {value}</source>
        <translation>la proporción de calentamiento debe estar en [0, 1); se recibió {value}</translation>
    </message>
    <message>
        <source>set a number of epochs or of steps</source>
        <translation>indica un número de épocas o de pasos</translation>
    </message>
    <message>
        <source>steps must be &gt;= 0, got {value}</source>
        <translation>los pasos deben ser &gt;= 0; se recibió {value}</translation>
    </message>
    <message>
        <source>batch size must be between 1 and 1024, got {value}</source>
        <translation>el tamaño de lote debe estar entre 1 y 1024; se recibió {value}</translation>
    </message>
    <message>
        <source>gradient accumulation must be between 1 and 1024, got {value}</source>
        <translation>la acumulación de gradientes debe estar entre 1 y 1024; se recibió {value}</translation>
    </message>
    <message>
        <source>max sequence length must be between 16 and 131072, got {value}</source>
        <translation>la longitud máxima de secuencia debe estar entre 16 y 131072; se recibió {value}</translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 0.9), got {value}</source>
        <translation>la fracción de validación debe estar en [0, 0.9); se recibió {value}</translation>
    </message>
    <message>
        <source>intervals must be &gt;= 0</source>
        <translation>los intervalos deben ser &gt;= 0</translation>
    </message>
    <message>
        <source>patience must be between 1 and 1000 evaluations, got {value}</source>
        <translation>la paciencia debe estar entre 1 y 1000 evaluaciones; se recibió {value}</translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation>el dispositivo debe ser uno de: {choices}</translation>
    </message>
    <message>
        <source>GPUs must be between 1 and {most}, got {value}</source>
        <translation>el número de GPU debe estar entre 1 y {most}; se recibió {value}</translation>
    </message>
    <message>
        <source>Quick try</source>
        <translation>Prueba rápida</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Exhaustivo</translation>
    </message>
    <message>
        <source>lines need either &quot;messages&quot; (chat form) or &quot;instruction&quot;/&quot;output&quot; (instruction form)</source>
        <translation>las líneas necesitan &quot;messages&quot; (formato de chat) o &quot;instruction&quot;/&quot;output&quot; (formato de instrucción)</translation>
    </message>
    <message>
        <source>message {index} is not an object</source>
        <translation>el mensaje {index} no es un objeto</translation>
    </message>
    <message>
        <source>message {index} has role {role}; use system, user or assistant</source>
        <translation>el mensaje {index} tiene el rol {role}; usa system, user o assistant</translation>
    </message>
    <message>
        <source>message {index} has no text content</source>
        <translation>el mensaje {index} no tiene contenido de texto</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation>&quot;messages&quot; debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>no assistant message with text: nothing to learn from this line</source>
        <translation>no hay ningún mensaje de assistant con texto: nada que aprender de esta línea</translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is missing or empty</source>
        <translation>falta &quot;instruction&quot; o está vacío</translation>
    </message>
    <message>
        <source>&quot;output&quot; is missing or empty</source>
        <translation>falta &quot;output&quot; o está vacío</translation>
    </message>
    <message>
        <source>&quot;input&quot; must be text</source>
        <translation>&quot;input&quot; debe ser texto</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation>no es UTF-8 (byte {byte}); guarda el archivo como UTF-8</translation>
    </message>
    <message>
        <source>{count} characters; at most {limit}</source>
        <translation>{count} caracteres; como máximo {limit}</translation>
    </message>
    <message>
        <source>invalid JSON ({reason} at column {column})</source>
        <translation>JSON no válido ({reason} en la columna {column})</translation>
    </message>
    <message>
        <source>JSON nested too deeply (arrays or objects inside each other)</source>
        <translation>JSON anidado demasiado (matrices u objetos unos dentro de otros)</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>cada línea debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>el archivo no tiene texto</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>— line {line} —</source>
        <translation>— línea {line} —</translation>
    </message>
    <message>
        <source>(the loss is taken on the assistant replies only)</source>
        <translation>(la pérdida solo se calcula sobre las respuestas del asistente)</translation>
    </message>
    <message>
        <source>cannot create the run&apos;s folder in {folder}: {reason}</source>
        <translation>no se puede crear la carpeta del entrenamiento en {folder}: {reason}</translation>
    </message>
    <message>
        <source>{name} is still running</source>
        <translation>{name} sigue en curso</translation>
    </message>
    <message>
        <source>{name} has already finished</source>
        <translation>{name} ya ha terminado</translation>
    </message>
    <message>
        <source>cannot resume {name}: {reason} ({folder})</source>
        <translation>no se puede reanudar {name}: {reason} ({folder})</translation>
    </message>
    <message>
        <source>{name} is still running: stop it first</source>
        <translation>{name} sigue en curso: detenlo primero</translation>
    </message>
    <message>
        <source>training run {id} no longer exists (it was deleted)</source>
        <translation>el entrenamiento {id} ya no existe (se eliminó)</translation>
    </message>
    <message>
        <source>Automatic (from your data)</source>
        <translation>Automático (según tus datos)</translation>
    </message>
    <message>
        <source>Make a dataset</source>
        <translation>Crear un conjunto de datos</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation>Origen del conjunto de datos</translation>
    </message>
    <message>
        <source>A document</source>
        <translation>Un documento</translation>
    </message>
    <message>
        <source>A knowledge collection</source>
        <translation>Una colección de conocimiento</translation>
    </message>
    <message>
        <source>A CSV or JSONL table</source>
        <translation>Una tabla CSV o JSONL</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Conversaciones guardadas</translation>
    </message>
    <message>
        <source>Pairs per passage</source>
        <translation>Pares por pasaje</translation>
    </message>
    <message>
        <source>Pairs per passage:</source>
        <translation>Pares por pasaje:</translation>
    </message>
    <message>
        <source>A longer source is sampled evenly down to this many passages</source>
        <translation>Una fuente más larga se muestrea de forma uniforme hasta este número de pasajes</translation>
    </message>
    <message>
        <source>Passages at most</source>
        <translation>Máximo de pasajes</translation>
    </message>
    <message>
        <source>Passages at most:</source>
        <translation>Máximo de pasajes:</translation>
    </message>
    <message>
        <source>Optional: a system message written into every example</source>
        <translation>Opcional: un mensaje del sistema que se escribe en cada ejemplo</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>Mensaje del sistema</translation>
    </message>
    <message>
        <source>Write pairs</source>
        <translation>Generar pares</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dataset progress</source>
        <translation>Progreso del conjunto de datos</translation>
    </message>
    <message>
        <source>Dataset status</source>
        <translation>Estado del conjunto de datos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation>Nombre del conjunto de datos</translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation>Guardar y usar</translation>
    </message>
    <message>
        <source>Save as JSONL in {folder} and use it in the Train form</source>
        <translation>Guardar como JSONL en {folder} y usarlo en el formulario de entrenamiento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>A txt, md, pdf, docx or html file</source>
        <translation>Un archivo txt, md, pdf, docx o html</translation>
    </message>
    <message>
        <source>Knowledge collection</source>
        <translation>Colección de conocimiento</translation>
    </message>
    <message>
        <source>Table file</source>
        <translation>Archivo de tabla</translation>
    </message>
    <message>
        <source>A CSV file with a header row, or JSONL</source>
        <translation>Un archivo CSV con fila de encabezado, o JSONL</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Prompt column:</source>
        <translation>Columna del prompt:</translation>
    </message>
    <message>
        <source>Answer column:</source>
        <translation>Columna de la respuesta:</translation>
    </message>
    <message>
        <source>System column:</source>
        <translation>Columna del sistema:</translation>
    </message>
    <message>
        <source>Your saved conversations, each as one example (its current branch).</source>
        <translation>Tus conversaciones guardadas, cada una como un ejemplo (su rama actual).</translation>
    </message>
    <message>
        <source>Choose conversations…</source>
        <translation>Elegir conversaciones…</translation>
    </message>
    <message>
        <source>Use the rows</source>
        <translation>Usar las filas</translation>
    </message>
    <message>
        <source>There are no knowledge collections yet: add one on the Knowledge page.</source>
        <translation>Aún no hay colecciones de conocimiento: añade una en la página Conocimiento.</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>Leyendo la tabla…</translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation>Elige primero un documento.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used</source>
        <translation>
            <numerusform>%n fila usada</numerusform>
            <numerusform>%n filas usadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (empty or too long)</source>
        <translation>
            <numerusform>%n fila omitida (vacía o demasiado larga)</numerusform>
            <numerusform>%n filas omitidas (vacías o demasiado largas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) past the limit left out</source>
        <translation>
            <numerusform>%n fila por encima del límite no incluida</numerusform>
            <numerusform>%n filas por encima del límite no incluidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} pairs to {path}</source>
        <translation>{count} pares guardados en {path}</translation>
    </message>
    <message>
        <source>Loading the model and reading the source…</source>
        <translation>Cargando el modelo y leyendo la fuente…</translation>
    </message>
    <message numerus="yes">
        <source>Passage {done} of {total} · %n pair(s)</source>
        <translation>
            <numerusform>Pasaje {done} de {total} · %n par</numerusform>
            <numerusform>Pasaje {done} de {total} · %n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped</source>
        <translation>
            <numerusform>%n pasaje omitido</numerusform>
            <numerusform>%n pasajes omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>quedan aproximadamente {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) written from {chunks} passages.</source>
        <translation>
            <numerusform>%n par generado a partir de {chunks} pasajes.</numerusform>
            <numerusform>%n pares generados a partir de {chunks} pasajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} passages were taken from the interrupted run.</source>
        <translation>Se recuperaron {count} pasajes de la generación interrumpida.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped: the model&apos;s reply could not be read twice.</source>
        <translation>
            <numerusform>%n pasaje omitido: la respuesta del modelo no se pudo leer dos veces.</numerusform>
            <numerusform>%n pasajes omitidos: la respuesta del modelo no se pudo leer dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them, then save.</source>
        <translation>Revísalos y después guárdalos.</translation>
    </message>
    <message>
        <source>Cancelled. The passages answered so far are kept: Write pairs again to go on from there.</source>
        <translation>Cancelado. Se conservan los pasajes respondidos hasta ahora: pulsa «Generar pares» de nuevo para seguir desde ahí.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), columns: {columns}</source>
        <translation>
            <numerusform>%n fila, columnas: {columns}</numerusform>
            <numerusform>%n filas, columnas: {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects skipped</source>
        <translation>
            <numerusform>%n línea que no es un objeto JSON omitida</numerusform>
            <numerusform>%n líneas que no son objetos JSON omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation>Pares de pregunta y respuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Ask the model for a new pair from this row&apos;s passage</source>
        <translation>Pedir al modelo un par nuevo a partir del pasaje de esta fila</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Regenerando…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair has no source passage to write a new one from.</source>
        <translation>Este par no tiene un pasaje de origen a partir del cual escribir uno nuevo.</translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation>No hay ningún modelo seleccionado.</translation>
    </message>
    <message>
        <source>No model is selected: choose one at the top of the window.</source>
        <translation>No hay ningún modelo seleccionado: elige uno en la parte superior de la ventana.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a table may be at most {limit} MB</source>
        <translation>{name} ocupa {size} MB; una tabla puede ocupar como máximo {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>no se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)</source>
        <translation>{name} no tiene columnas: necesita una fila de encabezado (CSV) u objetos JSON (JSONL)</translation>
    </message>
    <message>
        <source>the CSV cannot be read at line {line}: {reason}</source>
        <translation>el CSV no se puede leer en la línea {line}: {reason}</translation>
    </message>
    <message>
        <source>the table has no column “{column}” (chosen as the {role}); its columns: {columns}</source>
        <translation>la tabla no tiene ninguna columna «{column}» (elegida como {role}); sus columnas: {columns}</translation>
    </message>
    <message>
        <source>the prompt and the answer are the same column “{column}”</source>
        <translation>el prompt y la respuesta son la misma columna «{column}»</translation>
    </message>
    <message>
        <source>the context window ({n_ctx} tokens) is too small to write {count} pairs a chunk; raise it in Settings or ask for fewer pairs</source>
        <translation>la ventana de contexto ({n_ctx} tokens) es demasiado pequeña para escribir {count} pares por fragmento; auméntala en Ajustes o pide menos pares</translation>
    </message>
    <message>
        <source>the model&apos;s reply held no readable question and answer; try again</source>
        <translation>la respuesta del modelo no contenía ninguna pregunta y respuesta legibles; inténtalo de nuevo</translation>
    </message>
    <message>
        <source>{name} has no text to write questions about</source>
        <translation>{name} no tiene texto sobre el que escribir preguntas</translation>
    </message>
    <message>
        <source>cannot open the knowledge database: {reason}</source>
        <translation>no se puede abrir la base de datos de conocimiento: {reason}</translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation>Esta colección ya no existe (se eliminó)</translation>
    </message>
    <message>
        <source>cannot read the knowledge database: {reason}</source>
        <translation>no se puede leer la base de datos de conocimiento: {reason}</translation>
    </message>
    <message>
        <source>the collection “{name}” has no indexed text yet</source>
        <translation>la colección «{name}» aún no tiene texto indexado</translation>
    </message>
    <message>
        <source>the dataset is empty: keep at least one pair</source>
        <translation>el conjunto de datos está vacío: conserva al menos un par</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and takes its own batches, so a step takes that many times more examples and an epoch fewer steps. The memory estimate is per GPU.</source>
        <translation>Entrenar en este número de GPU a la vez (paralelismo de datos). Cada GPU contiene el modelo completo y procesa sus propios lotes, así que un paso abarca proporcionalmente más ejemplos y una época tiene menos pasos. La estimación de memoria es por GPU.</translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation>Gradient checkpointing</translation>
    </message>
    <message>
        <source>Recompute each layer&apos;s activations in the backward pass instead of keeping them: much less memory for long examples, about a third slower.</source>
        <translation>Volver a calcular las activaciones de cada capa en la pasada hacia atrás en lugar de guardarlas: mucha menos memoria con ejemplos largos, aproximadamente un tercio más lento.</translation>
    </message>
    <message>
        <source>4-bit base (QLoRA)</source>
        <translation>Base de 4 bits (QLoRA)</translation>
    </message>
    <message>
        <source>Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B model trains on a 24 GB GPU. The adapter still applies to the GGUF model.</source>
        <translation>Cargar el modelo base en 4 bits (bitsandbytes): aproximadamente una cuarta parte de la memoria de sus pesos, de modo que un modelo de 8B se puede entrenar en una GPU de 24 GB. El adaptador se sigue aplicando al modelo GGUF.</translation>
    </message>
    <message>
        <source>A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have.</source>
        <translation>Una base de 4 bits necesita una GPU NVIDIA con CUDA (y bitsandbytes), que este equipo no tiene.</translation>
    </message>
    <message>
        <source>Memory savers:</source>
        <translation>Ahorro de memoria:</translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>each of {count} GPUs ({name})</source>
        <translation>cada una de las {count} GPU ({name})</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>modelo base</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adaptador</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>no clear verdict</source>
        <translation>sin veredicto claro</translation>
    </message>
    <message>
        <source>Evaluate “{name}”</source>
        <translation>Evaluar «{name}»</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juez:</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>Sin juez</translation>
    </message>
    <message>
        <source>The run&apos;s base model (local)</source>
        <translation>El modelo base del entrenamiento (local)</translation>
    </message>
    <message>
        <source>A model that says which answer is closer to the dataset&apos;s answer</source>
        <translation>Un modelo que indica qué respuesta se acerca más a la del conjunto de datos</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Closer to the reference</source>
        <translation>Más cerca de la referencia</translation>
    </message>
    <message>
        <source>Evaluation table</source>
        <translation>Tabla de evaluación</translation>
    </message>
    <message>
        <source>Asks the validation prompts the run held out, to the base model and to the adapter, and shows the answers side by side.</source>
        <translation>Envía los prompts de validación que reservó el entrenamiento al modelo base y al adaptador, y muestra las respuestas una al lado de la otra.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>validation loss {before} → {after}</source>
        <translation>pérdida de validación {before} → {after}</translation>
    </message>
    <message>
        <source>judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict {unparsed}</source>
        <translation>juez {judge}: adaptador más cerca {adapter}, base más cerca {base}, empate {tie}, sin veredicto claro {unparsed}</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>{done} de {total} pasos</translation>
    </message>
    <message>
        <source>stopped after {count} prompts</source>
        <translation>detenido tras {count} prompts</translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation>Exportar evaluación</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Q4_K_M — smallest, a little less exact</source>
        <translation>Q4_K_M — el más pequeño, algo menos exacto</translation>
    </message>
    <message>
        <source>Q5_K_M — small, close to exact</source>
        <translation>Q5_K_M — pequeño, casi exacto</translation>
    </message>
    <message>
        <source>Q8_0 — about half of F16, nearly exact</source>
        <translation>Q8_0 — aproximadamente la mitad que F16, prácticamente exacto</translation>
    </message>
    <message>
        <source>F16 — largest, exact</source>
        <translation>F16 — el más grande, exacto</translation>
    </message>
    <message>
        <source>Export merged model</source>
        <translation>Exportar modelo fusionado</translation>
    </message>
    <message>
        <source>Writes the base model with the adapter “{name}” merged into it as one GGUF file in your model library, and an Ollama Modelfile beside it.</source>
        <translation>Escribe el modelo base con el adaptador «{name}» fusionado como un único archivo GGUF en tu biblioteca de modelos, con un Modelfile de Ollama al lado.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation>Cuantización:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; no se conservó nada.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation>Cuantizando…</translation>
    </message>
    <message>
        <source>Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:
{folder}</source>
        <translation>{name} ({size}) guardado en la biblioteca de modelos; el Modelfile de Ollama está al lado:
{folder}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More actions for this run</source>
        <translation>Más acciones para este entrenamiento</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Evaluar…</translation>
    </message>
    <message>
        <source>Ask the held-out validation prompts to the base model and to the adapter, side by side, with an optional judge</source>
        <translation>Enviar los prompts de validación reservados al modelo base y al adaptador, uno al lado del otro, con un juez opcional</translation>
    </message>
    <message>
        <source>Export merged model…</source>
        <translation>Exportar modelo fusionado…</translation>
    </message>
    <message>
        <source>Merge the adapter into the base model as one GGUF in your library, with an Ollama Modelfile</source>
        <translation>Fusionar el adaptador con el modelo base en un único GGUF en tu biblioteca, con un Modelfile de Ollama</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s data file {path}: {reason}</source>
        <translation>no se puede leer el archivo de datos del entrenamiento {path}: {reason}</translation>
    </message>
    <message>
        <source>the run&apos;s data file {path} has no usable examples any more</source>
        <translation>el archivo de datos del entrenamiento {path} ya no tiene ejemplos utilizables</translation>
    </message>
    <message>
        <source>the run held out no prompts to ask (no validation split, or plain-text data with no questions)</source>
        <translation>el entrenamiento no reservó ningún prompt que enviar (sin fracción de validación, o datos de texto sin formato sin preguntas)</translation>
    </message>
    <message>
        <source>run {name} has no adapter to evaluate (it did not finish)</source>
        <translation>el entrenamiento {name} no tiene ningún adaptador que evaluar (no terminó)</translation>
    </message>
    <message>
        <source>cannot start the {step} step: {reason}</source>
        <translation>no se puede iniciar el paso {step}: {reason}</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
    <message>
        <source>the {step} step took longer than {hours} hours and was stopped</source>
        <translation>el paso {step} tardó más de {hours} horas y se detuvo</translation>
    </message>
    <message>
        <source>the {step} step failed: {reason}</source>
        <translation>el paso {step} falló: {reason}</translation>
    </message>
    <message>
        <source>unknown quantization {quant} (one of {choices})</source>
        <translation>cuantización desconocida {quant} (una de: {choices})</translation>
    </message>
    <message>
        <source>run {name} has no adapter to merge (it did not finish)</source>
        <translation>el entrenamiento {name} no tiene ningún adaptador que fusionar (no terminó)</translation>
    </message>
    <message>
        <source>a merged GGUF needs the base model as a GGUF file; {base} is not one (export the adapter and merge with llama.cpp&apos;s tools instead)</source>
        <translation>un GGUF fusionado necesita el modelo base como archivo GGUF; {base} no lo es (exporta el adaptador y fusiónalo con las herramientas de llama.cpp)</translation>
    </message>
    <message>
        <source>{path} already exists: delete it in the library or choose another name</source>
        <translation>{path} ya existe: elimínalo en la biblioteca o elige otro nombre</translation>
    </message>
    <message>
        <source>the quantized model is not a readable GGUF: {reason}</source>
        <translation>el modelo cuantizado no es un GGUF legible: {reason}</translation>
    </message>
    <message>
        <source>run {name} has no adapter (it did not finish)</source>
        <translation>el entrenamiento {name} no tiene adaptador (no terminó)</translation>
    </message>
    <message>
        <source>unknown judge {judge}</source>
        <translation>juez desconocido {judge}</translation>
    </message>
    <message>
        <source>cannot read the {what} {name}: {reason}</source>
        <translation>no se puede leer {what} {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a GGUF LoRA adapter</source>
        <translation>{name} no es un adaptador LoRA en GGUF</translation>
    </message>
    <message>
        <source>the adapter has only one half of {tensor}</source>
        <translation>el adaptador solo tiene una mitad de {tensor}</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} has mismatched shapes {a} and {b}</source>
        <translation>el tensor {tensor} del adaptador tiene formas que no coinciden: {a} y {b}</translation>
    </message>
    <message>
        <source>the adapter {name} has no LoRA tensors</source>
        <translation>el adaptador {name} no tiene tensores LoRA</translation>
    </message>
    <message>
        <source>the base model&apos;s key {key} is a nested array, which cannot be copied</source>
        <translation>la clave {key} del modelo base es una matriz anidada, que no se puede copiar</translation>
    </message>
    <message>
        <source>the adapter is for {adapter} models but the base model is {base}</source>
        <translation>el adaptador es para modelos {adapter}, pero el modelo base es {base}</translation>
    </message>
    <message>
        <source>the base model has no tensor {tensor}: the adapter was trained on another model</source>
        <translation>el modelo base no tiene el tensor {tensor}: el adaptador se entrenó con otro modelo</translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} is {adapter} but the base model&apos;s is {base}: the adapter was trained on another model</source>
        <translation>el tensor {tensor} del adaptador es {adapter}, pero el del modelo base es {base}: el adaptador se entrenó con otro modelo</translation>
    </message>
    <message>
        <source>{tensor}: {reason}</source>
        <translation>{tensor}: {reason}</translation>
    </message>
</context>
</TS>
