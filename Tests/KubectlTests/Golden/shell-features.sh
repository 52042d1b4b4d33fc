alias
k get nodes
export do="--dry-run=client -o yaml"
k create deployment web --image=nginx $do > web.yaml
ls
cat web.yaml | grep -n image
kubectl apply -f web.yaml
kubectl get pods --no-headers | wc -l
kubectl get pods -A | grep -i coredns | awk '{print $2}'
kubectl get pods -A | grep -v kube-system
kubectl get pods -A | grep -c Running
kubectl get pods -n kube-system -o wide | awk 'NR>1 {print $1, $6}' | sort | head -3
IP=$(kubectl get svc kubernetes -o jsonpath='{.spec.clusterIP}')
echo "The API server's ClusterIP is $IP"
cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Namespace
metadata:
  name: dev
EOF
kubectl get svc web -o jsonpath='{.spec.ports[0].port}{"\n"}'
kubectl get svc,ns
echo one >> notes.txt && echo two >> notes.txt; cat notes.txt
grep -q three notes.txt || echo "no three"
kubectl get svc nothere 2>/dev/null || echo "failed with $?"
kubectl get svc nothere > out.txt 2>&1; cat out.txt
history | tail -3
rm notes.txt out.txt; ls
sed 's/nginx/httpd/' web.yaml | grep image
kubectl get pods -o name | head -1 | cut -d/ -f1
