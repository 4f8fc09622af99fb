using System.Reflection;
using System.Reflection.Emit;

namespace InfluenceSim.Tests.Support;

/// <summary>
/// Which namespaces of InfluenceSim's compiled assemblies use which: a type uses the types of its fields, base types,
/// interfaces, signatures and attributes, and every type, method and field its methods' code refers to (read from the
/// IL). Compiler-made types (lambdas' closures, iterators) count for the namespace they sit in.
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Namespace to the other namespaces it uses, for the namespaces starting with <paramref name="prefix"/>.</summary>
    public static Dictionary<string, SortedSet<string>> Of(IEnumerable<Assembly> assemblies, string prefix)
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.Namespace is not { } from || !from.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (!graph.TryGetValue(from, out var uses)) graph[from] = uses = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in TypesUsedBy(type))
            {
                foreach (var to in NamespacesOf(used))
                {
                    if (to != from && to.StartsWith(prefix, StringComparison.Ordinal)) uses.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>
    /// Adds what the source files under <paramref name="sourceRoot"/> name in their usings: constants are compiled into
    /// the code that reads them, so the assemblies alone would miss a namespace used only for its constants.
    /// </summary>
    public static void AddUsings(Dictionary<string, SortedSet<string>> graph, string sourceRoot, string prefix)
    {
        foreach (var file in Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            var from = lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';', ' ');
            if (from is null || !from.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (!graph.TryGetValue(from, out var uses)) graph[from] = uses = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var line in lines.Select(l => l.Trim()).Where(l => l.StartsWith($"using {prefix}", StringComparison.Ordinal)))
            {
                var to = line["using ".Length..].TrimEnd(';');
                if (to != from) uses.Add(to);
            }
        }
    }

    /// <summary>The cycles: each strongly connected set of two or more namespaces (Tarjan's algorithm).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(Dictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(next, out var visited))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], visited);
                }
            }

            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            if (component.Count > 1) cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node)) Visit(node);
        }

        return cycles;
    }

    private static IEnumerable<string> NamespacesOf(Type type)
    {
        if (type.IsGenericParameter) yield break;
        if (type.HasElementType)
        {
            foreach (var name in NamespacesOf(type.GetElementType()!)) yield return name;
            yield break;
        }

        var outer = type;
        while (outer.DeclaringType is { } declaring) outer = declaring;
        if (outer.Namespace is { } own) yield return own;
        if (!type.IsGenericType) yield break;
        foreach (var argument in type.GetGenericArguments())
        {
            foreach (var name in NamespacesOf(argument)) yield return name;
        }
    }

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        if (type.BaseType is { } baseType) yield return baseType;
        foreach (var face in type.GetInterfaces()) yield return face;
        foreach (var attribute in type.CustomAttributes) yield return attribute.AttributeType;
        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
            foreach (var attribute in field.CustomAttributes) yield return attribute.AttributeType;
        }

        foreach (var property in type.GetProperties(Everything))
        {
            yield return property.PropertyType;
            foreach (var attribute in property.CustomAttributes) yield return attribute.AttributeType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            foreach (var used in TypesInCode(method)) yield return used;
        }
    }

    private static IEnumerable<Type> TypesInCode(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var position = 0; position < il.Length;)
        {
            var code = il[position] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[position + 1])] : OpCodesByValue[il[position]];
            position += code.Size;
            var operand = code.OperandType;
            if (operand is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = Resolve(module, BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                if (member is Type used) yield return used;
                else if (member?.DeclaringType is { } declaring)
                {
                    yield return declaring;
                    if (member is MethodInfo called) yield return called.ReturnType;
                    if (member is FieldInfo field) yield return field.FieldType;
                }
            }

            position += OperandSize(operand, il, position);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };
}
