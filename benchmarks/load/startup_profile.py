"""Names perf's samples in the composite ReadyToRun image from crossgen2's map, then prints the start's timeline and
its call tree (startup-profile.sh). Frames of async and reflection plumbing are left out of the tree so that each
line is a step someone could change; native code is shown by its library."""
import bisect
import collections
import re
import struct
import sys

methods_csv, image, stacks, threshold, root = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]

starts, lengths, names = [], [], []
for line in open(methods_csv):
    rva, length, name = line.rstrip("\n").split(",", 2)
    starts.append(int(rva, 16))
    lengths.append(int(length))
    names.append(name)

# perf gives an address in the image as its offset in the file; the map gives relative virtual addresses.
data = open(image, "rb").read(4096)
pe = struct.unpack_from("<I", data, 0x3C)[0]
optional = struct.unpack_from("<H", data, pe + 20)[0]
_, _, text_rva, _, text_file = struct.unpack_from("<8sIIII", data, pe + 24 + optional)
shift = text_rva - text_file

PLUMBING = re.compile(
    r"AsyncMethodBuilderCore|ExecutionContext|__MoveNext(_\d+)?$|MethodBaseInvoker|ConstructorInvoker|"
    r"RuntimeConstructorInfo__Invoke|RuntimeMethodInfo__Invoke|CallSiteRuntimeResolver|CallSiteVisitor|"
    r"ServiceProviderServiceExtensions|ServiceProvider__GetService|ThreadPoolWorkQueue|Task__Execute|"
    r"AwaitTaskContinuation|Task__RunContinuations|Task__TrySetResult|AsyncStateMachineBox|LazyInitializer|"
    r"Thread__StartCallback|WorkerThreadStart"
)


def method(address):
    rva = address + shift
    i = bisect.bisect_right(starts, rva) - 1
    return names[i] if i >= 0 and rva - starts[i] < lengths[i] + 16 else None


samples = []
for block in open(stacks).read().split("\n\n"):
    lines = [l.strip() for l in block.split("\n") if l.strip()]
    if len(lines) < 2:
        continue
    time = float(lines[0].split()[-1].rstrip(":"))
    frames = []
    for l in reversed(lines[1:]):
        address, _, library = l.partition(" ")
        library = library.strip("()").split("/")[-1]
        if library == "CareCommissioning.Web.r2r.dll":
            name = method(int(address, 16)) or "[image]"
            if PLUMBING.search(name):
                continue
            name = re.sub(r"^(S_P_CoreLib|Microsoft_[A-Za-z_]+?|System_[A-Za-z_]+?|CareCommissioning_Web)_"
                          r"(?=(Microsoft|System|CareCommissioning)_)", "", name)[:140]
        else:
            name = f"[{library}]"
        if not frames or frames[-1] != name:
            frames.append(name)
    samples.append((time, frames))

total = len(samples)
t0 = samples[0][0]
print(f"{total} samples; one core fully busy for 50 ms gives about 250")
steps = collections.defaultdict(collections.Counter)
for time, frames in samples:
    named = [f for f in frames if not f.startswith("[")]
    steps[int((time - t0) / 0.05)][named[min(2, len(named) - 1)][:60] if named else frames[-1]] += 1
for step in sorted(steps):
    top = ", ".join(f"{name} {count}" for name, count in steps[step].most_common(3))
    print(f"{step * 0.05:5.2f} s {sum(steps[step].values()):4d}  {top}")

tree = {}
for _, frames in samples:
    if root:
        found = [i for i, f in enumerate(frames) if root in f]
        if not found:
            continue
        frames = frames[found[0]:]
    node = tree
    for f in frames:
        entry = node.setdefault(f, [0, {}])
        entry[0] += 1
        node = entry[1]


def show(node, depth):
    for name, (count, children) in sorted(node.items(), key=lambda kv: -kv[1][0]):
        if 100 * count / total >= threshold:
            print(f"{'  ' * depth}{100 * count / total:5.1f}% {name}")
            show(children, depth + 1)


print(f"\nCall tree, lines of at least {threshold}% of the start's samples:")
show(tree, 0)
