<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Run message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) here</source>
        <translation>
            <numerusform>about %n second here</numerusform>
            <numerusform>about %n seconds here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) here</source>
        <translation>
            <numerusform>about %n minute here</numerusform>
            <numerusform>about %n minutes here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) here</source>
        <translation>
            <numerusform>about %n hour here</numerusform>
            <numerusform>about %n hours here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{examples} ({held} held out to check), {passes} passes (%n step(s)), learning rate {rate}, rank {rank}, {duration}</source>
        <translation>
            <numerusform>{examples} ({held} held out to check), {passes} passes (%n step), learning rate {rate}, rank {rank}, {duration}</numerusform>
            <numerusform>{examples} ({held} held out to check), {passes} passes (%n steps), learning rate {rate}, rank {rank}, {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message>
        <source>, stopping early once the validation loss stops falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation loss is still high ({before} → {after}): the model may not have learned your data yet. “Train longer” continues from this adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation loss stopped falling while still high ({before} → {after}): more or clearer examples, or a larger rank, may help more than more steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished. Switch the adapter on under the chat, or press “Use in chat”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned: the validation loss fell from {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step {step}; its checkpoint is kept. Resume continues from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %v of %m · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} / {total} (epoch {epoch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GiB peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune a LoRA adapter on your own examples, then use it in chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is not enabled. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a base model and a data file in the form, then press Start training. Each run is listed here with its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue from this run&apos;s best adapter for as many steps again, as a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at the end of this step (a checkpoint is kept)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the run “{name}” and its files (checkpoints and adapter)?
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no saved conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the most recent how many conversations (of {count})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset from conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n conversation(s) written)</source>
        <translation>
            <numerusform> (%n conversation written)</numerusform>
            <numerusform> (%n conversations written)</numerusform>
        </translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GGUF file, or a Hugging Face model folder (safetensors) of the same model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSONL or plain text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONL (chat messages, or instruction/input/output records) or a plain text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a dataset from your saved conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip bad lines and train on the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with the chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first examples, formatted with the model&apos;s chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps (0: use epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (from epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of optimizer steps. 0 (auto): as many as the epochs take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient accumulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every N steps (0: about 10 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (about 10 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the validation loss is measured. 0 (auto): about ten times over the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank / alpha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate / schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs / steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch / accumulation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max sequence length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed / validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use smaller settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model (GGUF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a Hugging Face model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the data: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chat example(s)</source>
        <translation>
            <numerusform>%n chat example</numerusform>
            <numerusform>%n chat examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction example(s)</source>
        <translation>
            <numerusform>%n instruction example</numerusform>
            <numerusform>%n instruction examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text example(s)</source>
        <translation>
            <numerusform>%n text example</numerusform>
            <numerusform>%n text examples</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ {file}: {examples}, every line is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ {file}: {examples}, %n bad line(s):</source>
        <translation>
            <numerusform>⚠ {file}: {examples}, %n bad line:</numerusform>
            <numerusform>⚠ {file}: {examples}, %n bad lines:</numerusform>
        </translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM (CPU training: slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the longest batch, {batch} × {tokens} tokens (estimated from the data&apos;s characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for full batches of {tokens} tokens (no data yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — fits in {available} GiB of {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: {estimate}, {basis} — does not fit in {available} GiB of {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {total} GiB: weights {weights}, LoRA {lora}, optimizer {optimizer}, activations {activations}, runtime {runtime}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: reading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: no estimate for this model (not a GGUF file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss {loss} at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss {loss} at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no points yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss curve appears when training starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {status}, step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {phase}, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} (perplexity {perplexity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a finished run can be trained longer; Resume continues a stopped one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved conversations are not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention (q, k, v, o)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All linear layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query and value only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a training data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank must be between 1 and 512, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha must be positive, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout must be in [0, 1), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one target module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be in (0, 1], got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up ratio must be in [0, 1), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a number of epochs or of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps must be &gt;= 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be between 1 and 1024, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient accumulation must be between 1 and 1024, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max sequence length must be between 16 and 131072, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 0.9), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervals must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patience must be between 1 and 1000 evaluations, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs must be between 1 and {most}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines need either &quot;messages&quot; (chat form) or &quot;instruction&quot;/&quot;output&quot; (instruction form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message {index} is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message {index} has role {role}; use system, user or assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message {index} has no text content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assistant message with text: nothing to learn from this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;instruction&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;output&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;input&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON ({reason} at column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON nested too deeply (arrays or objects inside each other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— line {line} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the loss is taken on the assistant replies only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the run&apos;s folder in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resume {name}: {reason} ({folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still running: stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training run {id} no longer exists (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from your data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A knowledge collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or JSONL table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs per passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs per passage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A longer source is sampled evenly down to this many passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a system message written into every example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as JSONL in {folder} and use it in the Train form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A txt, md, pdf, docx or html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row, or JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved conversations, each as one example (its current branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no knowledge collections yet: add one on the Knowledge page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.pdf *.docx *.html *.htm *.rtf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) used</source>
        <translation>
            <numerusform>%n row used</numerusform>
            <numerusform>%n rows used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (empty or too long)</source>
        <translation>
            <numerusform>%n row skipped (empty or too long)</numerusform>
            <numerusform>%n rows skipped (empty or too long)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) past the limit left out</source>
        <translation>
            <numerusform>%n row past the limit left out</numerusform>
            <numerusform>%n rows past the limit left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {count} pairs to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model and reading the source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Passage {done} of {total} · %n pair(s)</source>
        <translation>
            <numerusform>Passage {done} of {total} · %n pair</numerusform>
            <numerusform>Passage {done} of {total} · %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped</source>
        <translation>
            <numerusform>%n passage skipped</numerusform>
            <numerusform>%n passages skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) written from {chunks} passages.</source>
        <translation>
            <numerusform>%n pair written from {chunks} passages.</numerusform>
            <numerusform>%n pairs written from {chunks} passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} passages were taken from the interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) skipped: the model&apos;s reply could not be read twice.</source>
        <translation>
            <numerusform>%n passage skipped: the model&apos;s reply could not be read twice.</numerusform>
            <numerusform>%n passages skipped: the model&apos;s reply could not be read twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The passages answered so far are kept: Write pairs again to go on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), columns: {columns}</source>
        <translation>
            <numerusform>%n row, columns: {columns}</numerusform>
            <numerusform>%n rows, columns: {columns}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects skipped</source>
        <translation>
            <numerusform>%n line that is not a JSON object skipped</numerusform>
            <numerusform>%n lines that are not JSON objects skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Question and answer pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model for a new pair from this row&apos;s passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>This pair has no source passage to write a new one from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is selected: choose one at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; a table may be at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no columns: it needs a header row (CSV) or JSON objects (JSONL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV cannot be read at line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table has no column “{column}” (chosen as the {role}); its columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt and the answer are the same column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context window ({n_ctx} tokens) is too small to write {count} pairs a chunk; raise it in Settings or ask for fewer pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s reply held no readable question and answer; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text to write questions about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the knowledge database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection no longer exists (it was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the knowledge database: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection “{name}” has no indexed text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset is empty: keep at least one pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on this many GPUs at once (data-parallel). Each GPU holds the whole model and takes its own batches, so a step takes that many times more examples and an epoch fewer steps. The memory estimate is per GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient checkpointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute each layer&apos;s activations in the backward pass instead of keeping them: much less memory for long examples, about a third slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-bit base (QLoRA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the base model in 4 bits (bitsandbytes): about a quarter of the memory of its weights, so an 8B model trains on a 24 GB GPU. The adapter still applies to the GGUF model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4-bit base needs an NVIDIA GPU with CUDA (and bitsandbytes), which this computer does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory savers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of {count} GPUs ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s base model (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model that says which answer is closer to the dataset&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closer to the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the validation prompts the run held out, to the base model and to the adapter, and shows the answers side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge {judge}: adapter closer {adapter}, base closer {base}, tie {tie}, no clear verdict {unparsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {count} prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q4_K_M — smallest, a little less exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q5_K_M — small, close to exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q8_0 — about half of F16, nearly exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F16 — largest, exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export merged model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the base model with the adapter “{name}” merged into it as one GGUF file in your model library, and an Ollama Modelfile beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} ({size}) in the model library; the Ollama Modelfile is beside it:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the held-out validation prompts to the base model and to the adapter, side by side, with an optional judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export merged model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the adapter into the base model as one GGUF in your library, with an Ollama Modelfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the run&apos;s data file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s data file {path} has no usable examples any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run held out no prompts to ask (no validation split, or plain-text data with no questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {name} has no adapter to evaluate (it did not finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the {step} step: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {step} step took longer than {hours} hours and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {step} step failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantization {quant} (one of {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {name} has no adapter to merge (it did not finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merged GGUF needs the base model as a GGUF file; {base} is not one (export the adapter and merge with llama.cpp&apos;s tools instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists: delete it in the library or choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantized model is not a readable GGUF: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run {name} has no adapter (it did not finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown judge {judge}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the {what} {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a GGUF LoRA adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter has only one half of {tensor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} has mismatched shapes {a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter {name} has no LoRA tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base model&apos;s key {key} is a nested array, which cannot be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter is for {adapter} models but the base model is {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base model has no tensor {tensor}: the adapter was trained on another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adapter&apos;s {tensor} is {adapter} but the base model&apos;s is {base}: the adapter was trained on another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tensor}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
