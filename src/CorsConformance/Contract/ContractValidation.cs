namespace CorsConformance.Contract;

/// <summary>
/// One validation pass over a contract, collecting every problem in field order. Duplicate entries are errors (a
/// <see cref="ContractError"/> has no severity, and a duplicate almost always hides a typo: a second entry that was
/// meant to be different).
/// </summary>
internal sealed class ContractValidation(CorsContract contract)
{
    private const string ExampleOrigin = "https://app.example.com";
    private static readonly string[] SafelistedMethods = ["GET", "HEAD", "POST"];
    private readonly List<ContractError> _errors = [];

    public IReadOnlyList<ContractError> Run()
    {
        CheckOrigins("allowedOrigins", contract.AllowedOrigins, contract.AllowCredentials, "allowCredentials");
        CheckSomeoneIsAllowed();
        CheckContractMethods();
        CheckHeaders("allowedHeaders", contract.AllowedHeaders, HttpTokenRules.CheckRequestHeader, required: true);
        CheckHeaders("exposedHeaders", contract.ExposedHeaders, HttpTokenRules.CheckExposedHeader, required: true);
        CheckMaxAge("maxAgeSeconds", contract.MaxAgeSeconds);
        CheckEndpoints();
        CheckErrorProbes();
        CheckPaths("webSocketPaths", contract.WebSocketPaths, p => ContractPathRules.CheckConcretePath(p, "/ws"));
        CheckPaths("excludedPaths", contract.ExcludedPaths, ContractPathRules.CheckExcludedPattern);
        return _errors;
    }

    private void Add(string field, string message, string fix) => _errors.Add(new ContractError(field, message, fix));

    private void Add(string field, ContractProblem problem) => _errors.Add(problem.At(field));

    private bool IsMissing<T>(string field, IReadOnlyList<T>? list)
    {
        if (list is not null) return false;
        Add(field, "is null.", "write a list (possibly empty, []), or leave the field out for its default.");
        return true;
    }

    private void CheckOrigins(string field, IReadOnlyList<string>? origins, bool credentials, string credentialsField)
    {
        if (IsMissing(field, origins)) return;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anyIndex = -1;
        for (var i = 0; i < origins!.Count; i++)
        {
            var path = $"{field}[{i}]";
            var pattern = OriginEntryParser.Parse(origins[i], out var problem);
            if (pattern is null)
            {
                Add(path, problem!);
                continue;
            }
            if (!seen.TryAdd(pattern.Text, i))
            {
                Add(path, $"'{pattern.Text}' is listed twice (also {field}[{seen[pattern.Text]}]).", $"remove {path}.");
                continue;
            }
            if (!pattern.IsAnyOrigin) continue;
            anyIndex = i;
            if (credentials)
                Add(path,
                    $"'*' cannot be combined with {credentialsField} true: browsers reject 'Access-Control-Allow-Origin: *' on credentialed requests (wildcard-with-credentials), so no server can honour this contract.",
                    $"list the exact origins instead, e.g. '{ExampleOrigin}' (the server then echoes the request's Origin), or set {credentialsField} to false.");
        }
        if (anyIndex >= 0 && origins.Count > 1)
            Add($"{field}[{anyIndex}]", "'*' already allows every origin, so the other entries of the list say nothing.",
                $"keep either '*' alone (any origin, no credentials) or only the exact origins such as '{ExampleOrigin}'.");
    }

    private void CheckSomeoneIsAllowed()
    {
        if (contract.AllowedOrigins is not { Count: 0 } || contract.Endpoints is null) return;
        var endpointAllows = contract.Endpoints.Any(e => e is not null && (e.Public || e.AllowedOrigins is { Count: > 0 }));
        if (!endpointAllows)
            Add("allowedOrigins", "is empty and no endpoint is public, so the contract allows no cross-origin caller at all.",
                $"list the page origins that call the API, e.g. [\"{ExampleOrigin}\"], or mark the public endpoints \"public\": true.");
    }

    private void CheckContractMethods()
    {
        if (IsMissing("allowedMethods", contract.AllowedMethods)) return;
        if (contract.AllowedMethods.Count == 0)
        {
            Add("allowedMethods", "is empty.", "list the methods clients send, e.g. [\"GET\", \"POST\"], or leave the field out for GET, HEAD and POST.");
            return;
        }
        CheckMethodList("allowedMethods", contract.AllowedMethods, endpoint: false);
    }

    private void CheckMethodList(string field, IReadOnlyList<string> methods, bool endpoint)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < methods.Count; i++)
        {
            var path = $"{field}[{i}]";
            var method = methods[i];
            if (HttpTokenRules.CheckMethod(method) is { } problem)
            {
                Add(path, problem);
                continue;
            }
            if (!seen.TryAdd(method, i))
            {
                Add(path, $"'{method}' is listed twice (also {field}[{seen[method]}]).", $"remove {path}.");
                continue;
            }
            if (endpoint && contract.AllowedMethods is { } apiMethods && !apiMethods.Contains(method, StringComparer.Ordinal) && !SafelistedMethods.Contains(method, StringComparer.Ordinal))
                AddMethodNotInContract(path, method, apiMethods);
        }
    }

    private void AddMethodNotInContract(string path, string method, IReadOnlyList<string> apiMethods)
    {
        var otherCase = apiMethods.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase));
        if (otherCase is not null)
            Add(path, $"'{method}' differs in case from '{otherCase}' in allowedMethods; methods are case-sensitive ('{method}' is sent as written and '{otherCase}' in Access-Control-Allow-Methods does not match it).",
                $"write '{otherCase}'.");
        else
            Add(path, $"'{method}' is not in allowedMethods, which must name every method clients send cross-origin.",
                $"add '{method}' to allowedMethods, or remove it here.");
    }

    private void CheckHeaders(string field, IReadOnlyList<string>? headers, Func<string?, ContractProblem?> check, bool required)
    {
        if (headers is null)
        {
            if (required) IsMissing(field, headers);
            return;
        }
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (check(headers[i]) is { } problem) Add(path, problem);
            else if (!seen.TryAdd(headers[i], i))
                Add(path, $"'{headers[i]}' is listed twice (also {field}[{seen[headers[i]]}]; header names are case-insensitive).", $"remove {path}.");
        }
    }

    private void CheckMaxAge(string field, int? seconds)
    {
        if (seconds is < 0)
            Add(field, $"is {seconds}; Access-Control-Max-Age is a number of seconds, 0 or more.",
                "write 0 to disable preflight caching, or a positive number such as 600 (Chromium caps it at 7200).");
    }

    private void CheckEndpoints()
    {
        if (IsMissing("endpoints", contract.Endpoints)) return;
        if (contract.Endpoints.Count == 0)
        {
            Add("endpoints", "declares no endpoint, so there is nothing to test.",
                "declare at least one endpoint, e.g. { \"path\": \"/api/orders\", \"methods\": [\"GET\", \"POST\"] } (fluent: .Endpoint(\"/api/orders\", \"GET\", \"POST\")).");
            return;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < contract.Endpoints.Count; i++)
        {
            var endpoint = contract.Endpoints[i];
            var field = $"endpoints[{i}]";
            if (endpoint is null)
            {
                Add(field, "is null.", "write an endpoint such as { \"path\": \"/api/orders\" }, or remove the entry.");
                continue;
            }
            if (ContractPathRules.CheckConcretePath(endpoint.Path, "/api/orders") is { } pathProblem) Add($"{field}.path", pathProblem);
            else if (!seen.TryAdd(endpoint.Path, i))
                Add($"{field}.path", $"'{endpoint.Path}' is declared twice (also endpoints[{seen[endpoint.Path]}]).",
                    $"merge the two entries into endpoints[{seen[endpoint.Path]}] (one endpoint lists all its methods).");
            CheckEndpoint(field, endpoint);
        }
    }

    private void CheckEndpoint(string field, CorsEndpoint endpoint)
    {
        if (!IsMissing($"{field}.methods", endpoint.Methods)) CheckMethodList($"{field}.methods", endpoint.Methods, endpoint: true);

        if (endpoint.Public)
        {
            if (endpoint.AllowCredentials == true)
                Add($"{field}.allowCredentials",
                    "is true on a public endpoint: a public endpoint answers 'Access-Control-Allow-Origin: *', which browsers reject on credentialed requests (wildcard-with-credentials).",
                    "remove allowCredentials (public endpoints never allow credentials), or drop \"public\" and list the allowed origins.");
            if (endpoint.AllowedOrigins is { Count: > 0 })
                Add($"{field}.allowedOrigins", "is set on a public endpoint, which already allows every origin.",
                    "remove allowedOrigins, or drop \"public\" to restrict the endpoint to these origins.");
        }
        else
        {
            CheckEndpointOrigins(field, endpoint);
        }

        CheckHeaders($"{field}.allowedHeaders", endpoint.AllowedHeaders, HttpTokenRules.CheckRequestHeader, required: false);
        CheckHeaders($"{field}.exposedHeaders", endpoint.ExposedHeaders, HttpTokenRules.CheckExposedHeader, required: false);
        CheckMaxAge($"{field}.maxAgeSeconds", endpoint.MaxAgeSeconds);
    }

    private void CheckEndpointOrigins(string field, CorsEndpoint endpoint)
    {
        var credentials = endpoint.AllowCredentials ?? contract.AllowCredentials;
        if (endpoint.AllowedOrigins is { } own)
        {
            CheckOrigins($"{field}.allowedOrigins", own, credentials,
                endpoint.AllowCredentials is null ? "allowCredentials" : $"{field}.allowCredentials");
            if (own.Count == 0)
                Add($"{field}.allowedOrigins", "is empty and the endpoint is not public, so no origin may call it.",
                    $"list its origins, e.g. [\"{ExampleOrigin}\"], leave the field out to use the contract's allowedOrigins, or mark the endpoint \"public\": true.");
            return;
        }
        var inherited = contract.AllowedOrigins ?? [];
        if (inherited.Count == 0 && HasContractLevelAlternative())
            Add(field, "allows no origin: the contract's allowedOrigins is empty and the endpoint is neither public nor given its own allowedOrigins.",
                $"add \"allowedOrigins\": [\"{ExampleOrigin}\"] to it (or to the contract), or mark it \"public\": true.");
        if (endpoint.AllowCredentials == true && !contract.AllowCredentials && inherited.Contains("*"))
            Add($"{field}.allowCredentials",
                "is true but the endpoint inherits allowedOrigins '*': browsers reject 'Access-Control-Allow-Origin: *' on credentialed requests (wildcard-with-credentials).",
                $"give the endpoint its exact origins, e.g. \"allowedOrigins\": [\"{ExampleOrigin}\"], or remove allowCredentials.");
    }

    /// <summary>True when some other endpoint allows origins, so the empty contract-level list was reported per endpoint, not once.</summary>
    private bool HasContractLevelAlternative() =>
        contract.Endpoints.Any(e => e is not null && (e.Public || e.AllowedOrigins is { Count: > 0 }));

    private void CheckErrorProbes()
    {
        if (contract.ErrorProbes is null)
        {
            Add("errorProbes", "is null.", "leave the field out, or write { \"notFound\": \"/api/does-not-exist\" }.");
            return;
        }
        CheckProbe("errorProbes.notFound", contract.ErrorProbes.NotFound, "/api/does-not-exist");
        CheckProbe("errorProbes.throwing", contract.ErrorProbes.Throwing, "/api/boom");
        CheckProbe("errorProbes.unauthorized", contract.ErrorProbes.Unauthorized, "/api/account");
    }

    private void CheckProbe(string field, string? path, string example)
    {
        if (path is not null && ContractPathRules.CheckConcretePath(path, example) is { } problem) Add(field, problem);
    }

    private void CheckPaths(string field, IReadOnlyList<string>? paths, Func<string?, ContractProblem?> check)
    {
        if (IsMissing(field, paths)) return;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < paths!.Count; i++)
        {
            var path = $"{field}[{i}]";
            if (check(paths[i]) is { } problem) Add(path, problem);
            else if (!seen.TryAdd(paths[i], i))
                Add(path, $"'{paths[i]}' is listed twice (also {field}[{seen[paths[i]]}]).", $"remove {path}.");
        }
    }
}
