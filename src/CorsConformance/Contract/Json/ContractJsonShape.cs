using System.Globalization;
using System.Text.Json;

namespace CorsConformance.Contract.Json;

/// <summary>The kind of value a contract JSON property holds.</summary>
internal enum ContractValueKind
{
    String,
    OptionalString,
    Boolean,
    OptionalBoolean,
    OptionalInteger,
    StringList,
    OptionalStringList,
    EndpointList,
    ErrorProbes,
}

/// <summary>One known property: its JSON name, kind, and an example value used in fixes.</summary>
internal sealed record JsonField(string Name, ContractValueKind Kind, string Example);

/// <summary>
/// Checks the structure of contract JSON before it is deserialized: unknown properties (with "did you mean"),
/// repeated properties, wrong value types and missing endpoint paths, each named by its field path. Collecting them
/// all here gives one complete list instead of the serializer's first exception.
/// </summary>
internal static class ContractJsonShape
{
    public static readonly IReadOnlyList<JsonField> ContractFields =
    [
        new("$schema", ContractValueKind.String, "\"" + CorsContractJson.SchemaId + "\""),
        new("allowedOrigins", ContractValueKind.StringList, "[\"https://app.example.com\"]"),
        new("allowCredentials", ContractValueKind.Boolean, "true"),
        new("allowedMethods", ContractValueKind.StringList, "[\"GET\", \"POST\"]"),
        new("allowedHeaders", ContractValueKind.StringList, "[\"Authorization\", \"Content-Type\"]"),
        new("exposedHeaders", ContractValueKind.StringList, "[\"X-Total-Count\"]"),
        new("maxAgeSeconds", ContractValueKind.OptionalInteger, "600"),
        new("endpoints", ContractValueKind.EndpointList, "[{ \"path\": \"/api/orders\", \"methods\": [\"GET\"] }]"),
        new("errorProbes", ContractValueKind.ErrorProbes, "{ \"notFound\": \"/api/does-not-exist\" }"),
        new("webSocketPaths", ContractValueKind.StringList, "[\"/ws\"]"),
        new("excludedPaths", ContractValueKind.StringList, "[\"/health\", \"/internal/*\"]"),
        new("allowUnsafeLiveRequests", ContractValueKind.Boolean, "false"),
    ];

    public static readonly IReadOnlyList<JsonField> EndpointFields =
    [
        new("path", ContractValueKind.String, "\"/api/orders\""),
        new("methods", ContractValueKind.StringList, "[\"GET\", \"POST\"]"),
        new("public", ContractValueKind.Boolean, "true"),
        new("allowedOrigins", ContractValueKind.OptionalStringList, "[\"https://app.example.com\"]"),
        new("allowCredentials", ContractValueKind.OptionalBoolean, "true"),
        new("allowedHeaders", ContractValueKind.OptionalStringList, "[\"Authorization\"]"),
        new("exposedHeaders", ContractValueKind.OptionalStringList, "[\"ETag\"]"),
        new("maxAgeSeconds", ContractValueKind.OptionalInteger, "600"),
        new("sampleBody", ContractValueKind.OptionalString, "\"{\\\"quantity\\\": 1}\""),
    ];

    public static readonly IReadOnlyList<JsonField> ErrorProbeFields =
    [
        new("notFound", ContractValueKind.OptionalString, "\"/api/does-not-exist\""),
        new("throwing", ContractValueKind.OptionalString, "\"/api/boom\""),
        new("unauthorized", ContractValueKind.OptionalString, "\"/api/account\""),
    ];

    public static IReadOnlyList<ContractError> Check(JsonElement root)
    {
        var errors = new List<ContractError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("$", $"is {Describe(root)}; a contract is a JSON object.",
                "write { \"allowedOrigins\": [\"https://app.example.com\"], \"endpoints\": [{ \"path\": \"/api/orders\" }] }."));
            return errors;
        }
        CheckObject(root, "", ContractFields, errors);
        return errors;
    }

    private static void CheckObject(JsonElement element, string prefix, IReadOnlyList<JsonField> fields, List<ContractError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var path = prefix + property.Name;
            if (!seen.Add(property.Name))
            {
                errors.Add(new(path, $"is given twice; only the last value would count.", $"keep one '{property.Name}'."));
                continue;
            }
            var field = fields.FirstOrDefault(f => f.Name == property.Name);
            if (field is null)
            {
                errors.Add(UnknownProperty(path, property.Name, fields));
                continue;
            }
            CheckValue(property.Value, path, field, errors);
        }
        if (ReferenceEquals(fields, EndpointFields) && !seen.Contains("path"))
            errors.Add(new(prefix + "path", "is missing; every endpoint needs the path it is reached at.", "add \"path\": \"/api/orders\"."));
    }

    private static ContractError UnknownProperty(string path, string name, IReadOnlyList<JsonField> fields)
    {
        var known = fields.Select(f => f.Name).ToArray();
        var suggestions = NameSuggestion.For(name, known);
        var fix = suggestions.Count > 0
            ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}? Rename it."
            : $"remove it; the properties here are {string.Join(", ", known.Where(k => k != "$schema").Select(k => $"'{k}'"))}.";
        return new(path, $"'{name}' is not a contract property.", fix);
    }

    private static void CheckValue(JsonElement value, string path, JsonField field, List<ContractError> errors)
    {
        var kind = value.ValueKind;
        switch (field.Kind)
        {
            case ContractValueKind.String when kind == JsonValueKind.String:
            case ContractValueKind.OptionalString when kind is JsonValueKind.String or JsonValueKind.Null:
            case ContractValueKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
            case ContractValueKind.OptionalBoolean when kind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
            case ContractValueKind.OptionalInteger when kind == JsonValueKind.Null:
                return;
            case ContractValueKind.OptionalInteger when kind == JsonValueKind.Number:
                if (!value.TryGetInt32(out _)) errors.Add(WrongType(value, path, field, "a whole number of seconds (up to 2147483647)"));
                return;
            case ContractValueKind.StringList or ContractValueKind.OptionalStringList when kind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                        errors.Add(new($"{path}[{index}]", $"is {Describe(item)}; expected a string.", $"write it as a string, like the example {field.Example}, or remove it."));
                    index++;
                }
                return;
            case ContractValueKind.OptionalStringList when kind == JsonValueKind.Null:
                return;
            case ContractValueKind.EndpointList when kind == JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{i++}]";
                    if (item.ValueKind == JsonValueKind.Object) CheckObject(item, itemPath + ".", EndpointFields, errors);
                    else errors.Add(new(itemPath, $"is {Describe(item)}; an endpoint is an object.", "write { \"path\": \"/api/orders\", \"methods\": [\"GET\"] }."));
                }
                return;
            case ContractValueKind.ErrorProbes when kind == JsonValueKind.Object:
                CheckObject(value, path + ".", ErrorProbeFields, errors);
                return;
        }
        errors.Add(WrongType(value, path, field, Expected(field.Kind)));
    }

    private static ContractError WrongType(JsonElement value, string path, JsonField field, string expected)
    {
        var kind = value.ValueKind;
        var text = kind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        string fix;
        if (field.Kind is ContractValueKind.StringList or ContractValueKind.OptionalStringList && kind == JsonValueKind.String)
            fix = $"write [{JsonSerializer.Serialize(text, ContractJsonContext.Default.String)}] (a list, even for one entry).";
        else if (field.Kind is ContractValueKind.Boolean or ContractValueKind.OptionalBoolean && kind == JsonValueKind.String && text.Trim() is "true" or "false")
            fix = $"write {text.Trim()} without quotes.";
        else if (field.Kind is ContractValueKind.OptionalInteger && kind == JsonValueKind.String && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            fix = $"write {number} without quotes.";
        else if (field.Kind is ContractValueKind.OptionalInteger && kind == JsonValueKind.Number && value.TryGetDouble(out var real) && Math.Abs(real) < int.MaxValue)
            fix = $"write a whole number, e.g. {Math.Round(real).ToString(CultureInfo.InvariantCulture)}.";
        else
            fix = $"write {field.Example}.";
        return new(path, $"is {Describe(value)}; expected {expected}.", fix);
    }

    private static string Expected(ContractValueKind kind) => kind switch
    {
        ContractValueKind.String => "a string",
        ContractValueKind.OptionalString => "a string or null",
        ContractValueKind.Boolean => "true or false",
        ContractValueKind.OptionalBoolean => "true, false or null",
        ContractValueKind.OptionalInteger => "a whole number of seconds or null",
        ContractValueKind.StringList => "a list of strings",
        ContractValueKind.OptionalStringList => "a list of strings, or null to inherit the contract's value",
        ContractValueKind.EndpointList => "a list of endpoint objects",
        _ => "an object",
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {Shorten(value.GetRawText())}",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "empty",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
