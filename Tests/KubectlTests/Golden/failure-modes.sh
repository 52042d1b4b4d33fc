kubectl create deployment web --image=nginx --replicas=2 --port=80
kubectl run client --image=busybox -- sleep 3600
kubectl create service clusterip nomatch --tcp=80:80
kubectl describe svc nomatch
kubectl get endpoints nomatch
kubectl exec client -- wget -qO- -T 3 http://nomatch
kubectl expose deployment web --name=wrongport --port=80 --target-port=8080
kubectl get endpoints wrongport
kubectl exec client -- wget -qO- -T 3 http://wrongport
cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: notready
  labels:
    app: notready
spec:
  containers:
  - name: web
    image: nginx
    readinessProbe:
      httpGet:
        path: /healthz
        port: 80
EOF
kubectl expose pod notready --port=80
kubectl get pods notready
kubectl get pods notready
kubectl describe endpoints notready
kubectl exec client -- wget -qO- -T 3 http://notready
kubectl describe pod notready | tail -3
kubectl create namespace prod
kubectl expose deployment web --name=api --port=80 -n default
kubectl exec client -- wget -qO- -T 3 http://api.prod
kubectl exec client -- nslookup api.prod
kubectl exec client -- nslookup api
kubectl exec client -- wget -qO- -T 3 http://wbe
kubectl exec client -- wget -qO- -T 3 http://api:8080
kubectl scale deployment coredns -n kube-system --replicas=0
kubectl exec client -- nslookup api
kubectl scale deployment coredns -n kube-system --replicas=2
